package dev.mailroom.ingest.pipeline;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.RejectReason;
import java.util.UUID;

/** How the pipeline handled a submission; either way the event is on its topic and confirmed. */
public sealed interface Outcome {

    /** The document id given at ingest. */
    UUID documentId();

    /**
     * The document was stored and {@code document.ingested.v1} acknowledged.
     *
     * @param event the produced event
     */
    record Accepted(DocumentIngested event) implements Outcome {
        @Override
        public UUID documentId() {
            return event.documentId();
        }
    }

    /**
     * The document was refused and {@code document.rejected.v1} acknowledged.
     *
     * @param event the produced event
     */
    record Rejected(DocumentRejected event) implements Outcome {
        @Override
        public UUID documentId() {
            return event.documentId();
        }

        /** The reason code. */
        public RejectReason reason() {
            return event.reason();
        }

        /** The human-readable detail. */
        public String detail() {
            return event.detail();
        }
    }
}
