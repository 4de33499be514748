package dev.mailroom.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code document.classified.v1}: the outcome topic's contract with departments.
 *
 * @param documentId id given at ingest
 * @param label the predicted label
 * @param department the department the outcome is routed to ({@code review} when needsReview)
 * @param confidence probability of the predicted label, 0..1
 * @param scores probability per label
 * @param needsReview confidence under the label's threshold
 * @param explanation top features that drove the decision
 * @param model the model that decided
 * @param route text or scanned
 * @param source as ingested
 * @param receivedAt when ingest received the document
 * @param classifiedAt when it was classified
 */
public record DocumentClassified(
        UUID documentId,
        Label label,
        String department,
        double confidence,
        Map<Label, Double> scores,
        boolean needsReview,
        List<Feature> explanation,
        ModelRef model,
        Route route,
        Source source,
        Instant receivedAt,
        Instant classifiedAt) {

    public DocumentClassified {
        Fields.required(documentId, "documentId");
        Fields.required(label, "label");
        Fields.requiredText(department, "department");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new InvalidFieldException("confidence", "must be within 0..1 but was " + confidence, null);
        }
        scores = Map.copyOf(Fields.required(scores, "scores"));
        explanation = List.copyOf(Fields.required(explanation, "explanation"));
        Fields.required(model, "model");
        Fields.required(route, "route");
        Fields.required(source, "source");
        Fields.required(receivedAt, "receivedAt");
        Fields.required(classifiedAt, "classifiedAt");
    }
}
