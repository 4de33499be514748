package dev.mailroom.contracts;

/** A field is present but has the wrong type or an illegal value. */
public final class InvalidFieldException extends EventFormatException {

    public InvalidFieldException(String field, String problem, Throwable cause) {
        super(field, "field '" + field + "' is invalid: " + problem, cause);
    }
}
