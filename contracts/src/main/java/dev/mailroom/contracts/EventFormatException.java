package dev.mailroom.contracts;

/**
 * A record that does not satisfy its event contract: unknown schema id, unparseable JSON, a missing
 * required field or a field of the wrong type. {@link #field()} names the offending field (dotted
 * path) when there is one; every such record is rejected with reason {@link RejectReason#MALFORMED}.
 */
public class EventFormatException extends RuntimeException {

    private final String field;

    public EventFormatException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** Dotted path of the offending field, or {@code null} when the whole record is at fault. */
    public String field() {
        return field;
    }

    /** The reject reason code for this failure. */
    public RejectReason reason() {
        return RejectReason.MALFORMED;
    }
}
