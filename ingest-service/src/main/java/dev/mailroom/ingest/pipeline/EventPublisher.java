package dev.mailroom.ingest.pipeline;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;

/** Produces ingest events; each call returns only once the broker has acknowledged the record. */
public interface EventPublisher {

    /**
     * Produces a {@code document.ingested.v1} record and waits for its acknowledgement.
     *
     * @throws DeliveryException when the broker did not acknowledge in time
     */
    void ingested(DocumentIngested event);

    /**
     * Produces a {@code document.rejected.v1} record and waits for its acknowledgement.
     *
     * @throws DeliveryException when the broker did not acknowledge in time
     */
    void rejected(DocumentRejected event);
}
