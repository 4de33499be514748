package dev.mailroom.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Machine-readable reason codes of {@code document.rejected.v1}; operators filter and replay by them. */
public enum RejectReason {
    /** Not parseable, wrong schema, a required field missing or of the wrong type. */
    MALFORMED("malformed"),
    /** Over a configured size, page or length limit. */
    TOO_LARGE("too-large"),
    /** A content type mailroom does not process. */
    UNSUPPORTED_TYPE("unsupported-type"),
    /** The same bytes (sha256) were already accepted; {@code duplicateOf} names the first document. */
    DUPLICATE("duplicate"),
    /** Neither a text layer nor anything OCR could read. */
    UNREADABLE("unreadable"),
    /** Encrypted or password-protected content. */
    ENCRYPTED("encrypted"),
    /** A decompression or zip bomb: expansion over the allowed ratio or size. */
    BOMB("decompression-bomb"),
    /** Text extraction or OCR exceeded its time limit. */
    TIMEOUT("timeout"),
    /** A {@code contentRef} outside the configured bucket, or one that does not exist. */
    INVALID_CONTENT_REF("invalid-content-ref"),
    /** OCR failed on the document. */
    OCR_FAILED("ocr-failed"),
    /** The classifier failed after its retries. */
    CLASSIFICATION_FAILED("classification-failed");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    /** The wire code. */
    @JsonValue
    public String code() {
        return code;
    }

    /** Parses a wire code. */
    @JsonCreator
    public static RejectReason fromCode(String code) {
        return Arrays.stream(values())
                .filter(r -> r.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown reject reason '" + code + "'"));
    }
}
