package dev.mailroom.model;

import dev.mailroom.contracts.Feature;
import dev.mailroom.contracts.Label;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of classifying one text.
 *
 * @param label the most probable label
 * @param confidence its probability (0..1)
 * @param scores probability per label (sums to ~1), in the classifier's label order
 * @param explanation the features that drove the decision, strongest first (may be empty)
 */
public record Prediction(Label label, double confidence, Map<Label, Double> scores, List<Feature> explanation) {

    public Prediction {
        Objects.requireNonNull(label, "label");
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        explanation = List.copyOf(explanation);
    }
}
