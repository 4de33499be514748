package dev.mailroom.router.rules;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.OriginalRecord;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Stage;
import java.time.Clock;
import java.util.UUID;

/** Builds the router's {@code document.rejected.v1} records, each carrying the original record for replay. */
public final class Rejections {

    private final Clock clock;

    /** Rejections stamped with {@code clock}. */
    public Rejections(Clock clock) {
        this.clock = clock;
    }

    /** A record that failed validation. */
    public DocumentRejected invalid(Validation.Invalid invalid, OriginalRecord original) {
        return new DocumentRejected(
                invalid.documentId(),
                Stage.ROUTER,
                invalid.reason(),
                invalid.detail(),
                clock.instant(),
                null,
                null,
                null,
                original);
    }

    /** A document whose bytes (sha256) were already routed as {@code firstId}. */
    public DocumentRejected duplicate(DocumentIngested document, UUID firstId, OriginalRecord original) {
        String detail = firstId.equals(document.documentId())
                ? "document " + firstId + " was delivered again"
                : "same sha256 as document " + firstId;
        return rejected(document, RejectReason.DUPLICATE, detail, firstId, original);
    }

    /** A valid document that no route can use. */
    public DocumentRejected unreadable(DocumentIngested document, RoutingRule rule, OriginalRecord original) {
        return rejected(
                document,
                rule.rejectReason(),
                rule.description() + " (contentType " + document.contentType() + ", textLayer " + document.textLayer()
                        + ")",
                null,
                original);
    }

    private DocumentRejected rejected(
            DocumentIngested document, RejectReason reason, String detail, UUID duplicateOf, OriginalRecord original) {
        return new DocumentRejected(
                document.documentId(),
                Stage.ROUTER,
                reason,
                detail,
                clock.instant(),
                duplicateOf,
                document.contentRef(),
                document.source(),
                original);
    }
}
