package dev.mailroom.ingest.web;

import dev.mailroom.ingest.pipeline.Outcome;

/** The pipeline rejected an upload (the rejected record is already on its topic). */
class DocumentRejectedException extends RuntimeException {

    private final transient Outcome.Rejected outcome;

    DocumentRejectedException(Outcome.Rejected outcome) {
        super(outcome.detail());
        this.outcome = outcome;
    }

    Outcome.Rejected outcome() {
        return outcome;
    }
}
