package dev.mailroom.router.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.EventFormatException;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Schema;
import java.io.IOException;
import java.util.UUID;

/**
 * Validates ingest records against {@code document.ingested.v1} with the strict contracts codec. Never
 * throws for bad input: every way a record can be wrong becomes an {@link Validation.Invalid}.
 *
 * <p>Not serialisable (the codec is not): create one per task, in {@code open}.
 */
public final class Validator {

    private static final int MAX_DETAIL_CHARS = 500;

    private final EventCodec codec = new EventCodec();
    private final ObjectMapper lenient = new ObjectMapper();
    private final int maxRecordBytes;

    /** A validator that rejects records over {@code maxRecordBytes} as {@link RejectReason#TOO_LARGE}. */
    public Validator(int maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Validates a record value read with the given {@code mailroom-schema} header value (null when absent). */
    public Validation validate(String schemaId, byte[] value) {
        if (value == null || value.length == 0) {
            return new Validation.Invalid(RejectReason.MALFORMED, "empty record", null);
        }
        if (value.length > maxRecordBytes) {
            return new Validation.Invalid(
                    RejectReason.TOO_LARGE,
                    "record of " + value.length + " bytes is over the limit of " + maxRecordBytes
                            + " bytes; original truncated to the limit",
                    documentIdOf(value));
        }
        if (schemaId == null) {
            return new Validation.Invalid(
                    RejectReason.MALFORMED, "header '" + Schema.HEADER + "' is missing", documentIdOf(value));
        }
        try {
            return new Validation.Valid(codec.decode(schemaId, value, DocumentIngested.class));
        } catch (EventFormatException e) {
            return new Validation.Invalid(e.reason(), shorten(e.getMessage()), documentIdOf(value));
        } catch (RuntimeException e) {
            // The codec promises EventFormatException; anything else is still the record's fault.
            return new Validation.Invalid(
                    RejectReason.MALFORMED, shorten("unreadable record: " + e), documentIdOf(value));
        }
    }

    /** The documentId of a record that fails validation, when it still has a readable one. */
    private UUID documentIdOf(byte[] value) {
        try {
            JsonNode id = lenient.readTree(value).path("documentId");
            return id.isTextual() ? UUID.fromString(id.asText()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String shorten(String detail) {
        String text = detail == null || detail.isBlank() ? "malformed record" : detail;
        return text.length() <= MAX_DETAIL_CHARS ? text : text.substring(0, MAX_DETAIL_CHARS) + "…";
    }
}
