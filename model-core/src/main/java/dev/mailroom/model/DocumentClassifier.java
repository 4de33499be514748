package dev.mailroom.model;

import dev.mailroom.contracts.Label;
import java.util.ArrayList;
import java.util.List;

/** Text in, label with per-label probabilities and explanatory features out. Implementations are thread-safe. */
public interface DocumentClassifier {

    /** How many explanatory features {@link #classify(String)} returns. */
    int DEFAULT_EXPLANATION_SIZE = 5;

    /** Classifies {@code text} with the {@link #DEFAULT_EXPLANATION_SIZE} top explanatory features. */
    default Prediction classify(String text) {
        return classify(text, DEFAULT_EXPLANATION_SIZE);
    }

    /** Classifies {@code text} with at most {@code explanationSize} explanatory features (0 = none, fastest). */
    Prediction classify(String text, int explanationSize);

    /** Classifies many texts; kernels that score in batches override this. */
    default List<Prediction> classifyAll(List<String> texts, int explanationSize) {
        List<Prediction> predictions = new ArrayList<>(texts.size());
        for (String text : texts) {
            predictions.add(classify(text, explanationSize));
        }
        return predictions;
    }

    /** The labels this classifier can return, in a stable order. */
    List<Label> labels();
}
