package dev.mailroom.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code document.ingested.v1}: a document accepted by ingest-service, raw bytes safe in S3.
 *
 * @param documentId id given at ingest
 * @param receivedAt when ingest received it (UTC)
 * @param source channel, sender, subject, file name
 * @param contentType media type detected from the bytes, never trusted from the client
 * @param sizeBytes size of the raw bytes
 * @param sha256 hex sha256 of the raw bytes
 * @param contentRef {@code s3://bucket/raw/yyyy/MM/dd/<documentId>}
 * @param text extracted text, or null
 * @param textLayer true when text came from a digital layer, false for images and image-only PDFs
 * @param pages page count (1 for single-page formats)
 */
public record DocumentIngested(
        UUID documentId,
        Instant receivedAt,
        Source source,
        String contentType,
        long sizeBytes,
        String sha256,
        String contentRef,
        String text,
        boolean textLayer,
        int pages) {

    public DocumentIngested {
        Fields.required(documentId, "documentId");
        Fields.required(receivedAt, "receivedAt");
        Fields.required(source, "source");
        Fields.requiredText(contentType, "contentType");
        Fields.nonNegative(sizeBytes, "sizeBytes");
        Fields.sha256(sha256, "sha256");
        Fields.requiredText(contentRef, "contentRef");
        Fields.nonNegative(pages, "pages");
    }
}
