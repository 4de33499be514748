package dev.mailroom.ingest.pipeline;

import java.time.Instant;
import java.util.UUID;

/** Durable storage of raw document bytes (the S3 claim check). */
public interface RawStore {

    /**
     * Stores the raw bytes of a document and returns once the store has confirmed them.
     *
     * @return the content reference, {@code s3://bucket/raw/yyyy/MM/dd/<documentId>}
     * @throws DeliveryException when the store did not confirm
     */
    String put(Instant receivedAt, UUID documentId, RawContent content, String sha256);
}
