package dev.mailroom.contracts;

/** A required field is absent or null. */
public final class MissingFieldException extends EventFormatException {

    public MissingFieldException(String field) {
        super(field, "required field '" + field + "' is missing or null", null);
    }
}
