package dev.mailroom.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code document.routed.v1}: everything of {@link DocumentIngested}, plus the route, the text
 * normalised for the text route, and when it was routed.
 *
 * @param documentId id given at ingest
 * @param receivedAt when ingest received it (UTC)
 * @param source channel, sender, subject, file name
 * @param contentType detected media type
 * @param sizeBytes size of the raw bytes
 * @param sha256 hex sha256 of the raw bytes
 * @param contentRef where the raw bytes are
 * @param text cleansed text (text route), or the ingested text or null (scanned route)
 * @param textLayer as ingested
 * @param pages page count
 * @param route text or scanned
 * @param routedAt when flink-router routed it
 */
public record DocumentRouted(
        UUID documentId,
        Instant receivedAt,
        Source source,
        String contentType,
        long sizeBytes,
        String sha256,
        String contentRef,
        String text,
        boolean textLayer,
        int pages,
        Route route,
        Instant routedAt) {

    public DocumentRouted {
        Fields.required(documentId, "documentId");
        Fields.required(receivedAt, "receivedAt");
        Fields.required(source, "source");
        Fields.requiredText(contentType, "contentType");
        Fields.nonNegative(sizeBytes, "sizeBytes");
        Fields.sha256(sha256, "sha256");
        Fields.requiredText(contentRef, "contentRef");
        Fields.nonNegative(pages, "pages");
        Fields.required(route, "route");
        Fields.required(routedAt, "routedAt");
    }

    /** Routes an ingested document with the given (cleansed) text. */
    public static DocumentRouted of(DocumentIngested in, Route route, String text, Instant routedAt) {
        return new DocumentRouted(
                in.documentId(),
                in.receivedAt(),
                in.source(),
                in.contentType(),
                in.sizeBytes(),
                in.sha256(),
                in.contentRef(),
                text,
                in.textLayer(),
                in.pages(),
                route,
                routedAt);
    }
}
