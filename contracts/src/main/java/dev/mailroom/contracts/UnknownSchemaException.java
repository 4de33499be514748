package dev.mailroom.contracts;

/** The {@code mailroom-schema} header names no schema this build knows. */
public final class UnknownSchemaException extends EventFormatException {

    public UnknownSchemaException(String schemaId) {
        super(null, "unknown schema id '" + schemaId + "', known: " + java.util.Arrays.toString(Schema.ids()), null);
    }
}
