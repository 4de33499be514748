package dev.mailroom.router.rules;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.RejectReason;
import java.util.UUID;

/** The outcome of validating one ingest record: a valid document, or why it is not one. */
public sealed interface Validation {

    /**
     * A record that satisfies {@code document.ingested.v1}.
     *
     * @param document the decoded document
     */
    record Valid(DocumentIngested document) implements Validation {}

    /**
     * A record that does not.
     *
     * @param reason machine-readable reason code
     * @param detail what is wrong, for humans
     * @param documentId the document id when the record still names a readable one, else null
     */
    record Invalid(RejectReason reason, String detail, UUID documentId) implements Validation {}
}
