package dev.mailroom.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code document.rejected.v1}: a document or record some stage could not process, with the reason
 * and enough of the original to replay it. Nothing is dropped silently.
 *
 * @param documentId the document id when known, else null
 * @param stage the stage that rejected it
 * @param reason machine-readable reason code
 * @param detail human-readable explanation
 * @param rejectedAt when it was rejected
 * @param duplicateOf for {@link RejectReason#DUPLICATE}: the first document with the same bytes
 * @param contentRef raw bytes in S3 when they were stored, else null
 * @param source the source when known, else null
 * @param original the original record (verbatim), or null when {@code contentRef} carries it
 */
public record DocumentRejected(
        UUID documentId,
        Stage stage,
        RejectReason reason,
        String detail,
        Instant rejectedAt,
        UUID duplicateOf,
        String contentRef,
        Source source,
        OriginalRecord original) {

    public DocumentRejected {
        Fields.required(stage, "stage");
        Fields.required(reason, "reason");
        Fields.requiredText(detail, "detail");
        Fields.required(rejectedAt, "rejectedAt");
        if (original == null && contentRef == null) {
            throw new MissingFieldException("original");
        }
    }
}
