package dev.mailroom.contracts;

/** Field checks used by the event records' compact constructors. */
final class Fields {

    private Fields() {}

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new MissingFieldException(field);
        }
        return value;
    }

    static String requiredText(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new InvalidFieldException(field, "must not be blank", null);
        }
        return value;
    }

    static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidFieldException(field, "must be >= 0 but was " + value, null);
        }
        return value;
    }

    static String sha256(String value, String field) {
        if (!required(value, field).matches("[0-9a-f]{64}")) {
            throw new InvalidFieldException(field, "must be 64 lower-case hex digits", null);
        }
        return value;
    }
}
