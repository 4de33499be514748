package dev.mailroom.localstack.demo;

import dev.mailroom.contracts.DocumentClassified;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.Label;
import dev.mailroom.contracts.Route;
import dev.mailroom.contracts.Source;
import java.util.UUID;

/**
 * What became of one document: classified (label, department, confidence, route, model) or rejected
 * (stage, reason, detail).
 *
 * @param documentId the document id, null for a rejected record that had none
 * @param filename the source file name, or null
 * @param subject the source subject (e-mail), or null
 * @param channel upload, folder, imap or api; null when unknown
 * @param label the predicted label, null when rejected
 * @param department the department, null when rejected
 * @param confidence the confidence, 0 when rejected
 * @param needsReview whether it went to the review queue
 * @param route text or scanned, null when rejected
 * @param modelVersion the model version that decided, null when rejected
 * @param rejection {@code <stage>/<reason>: <detail>} when rejected, else null
 */
public record Outcome(
        UUID documentId,
        String filename,
        String subject,
        String channel,
        Label label,
        String department,
        double confidence,
        boolean needsReview,
        Route route,
        String modelVersion,
        String rejection) {

    /** Whether the document was rejected. */
    public boolean rejected() {
        return rejection != null;
    }

    static Outcome of(DocumentClassified c) {
        return new Outcome(
                c.documentId(),
                c.source().filename(),
                c.source().subject(),
                c.source().channel().code(),
                c.label(),
                c.department(),
                c.confidence(),
                c.needsReview(),
                c.route(),
                c.model().version(),
                null);
    }

    static Outcome of(DocumentRejected r) {
        Source source = r.source();
        return new Outcome(
                r.documentId(),
                source == null ? null : source.filename(),
                source == null ? null : source.subject(),
                source == null ? null : source.channel().code(),
                null,
                null,
                0.0,
                false,
                null,
                null,
                r.stage().code() + "/" + r.reason().code() + ": " + r.detail());
    }
}
