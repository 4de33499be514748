package dev.mailroom.model.kernel;

import com.oracle.labs.mlrg.olcut.util.Pair;
import dev.mailroom.contracts.Feature;
import dev.mailroom.contracts.Label;
import dev.mailroom.model.features.FeatureVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;

/**
 * Per-feature, per-label weights of a model whose label scores are linear in its features (logistic regression and
 * SVM: the weights; multinomial naive Bayes: the log word probabilities). A feature's contribution to a decision is
 * {@code value * (weight[chosen] - weight[runnerUp])}: exactly how much it moved the chosen label's score past the
 * runner-up's.
 */
final class LinearWeights {

    private final Map<String, double[]> weights;
    private final double[] defaults;

    private LinearWeights(Map<String, double[]> weights, double[] defaults) {
        this.weights = weights;
        this.defaults = defaults;
    }

    /** Weights of a linear Tribuo model; features it does not list weigh 0. */
    static LinearWeights linear(Model<org.tribuo.classification.Label> model, List<Label> labels) {
        Map<String, double[]> table = table(model, labels);
        for (double[] row : table.values()) {
            for (int l = 0; l < row.length; l++) {
                if (Double.isNaN(row[l])) {
                    row[l] = 0;
                }
            }
        }
        return new LinearWeights(table, new double[labels.size()]);
    }

    /**
     * Log word probabilities of a Tribuo multinomial naive Bayes model; a word never seen with a label has the
     * smoothed probability Tribuo uses at prediction time, {@code log(alpha / (rowOneNorm + vocabulary * alpha))}.
     */
    static LinearWeights naiveBayes(Model<org.tribuo.classification.Label> model, List<Label> labels, double alpha) {
        Map<String, double[]> table = table(model, labels);
        double[] oneNorm = new double[labels.size()];
        for (double[] row : table.values()) {
            for (int l = 0; l < row.length; l++) {
                if (!Double.isNaN(row[l])) {
                    oneNorm[l] += Math.abs(row[l]);
                }
            }
        }
        int vocabulary = model.getFeatureIDMap().size();
        double[] unobserved = new double[labels.size()];
        for (int l = 0; l < labels.size(); l++) {
            unobserved[l] = Math.log(alpha / (oneNorm[l] + vocabulary * alpha));
        }
        for (double[] row : table.values()) {
            for (int l = 0; l < row.length; l++) {
                if (Double.isNaN(row[l])) {
                    row[l] = unobserved[l];
                }
            }
        }
        return new LinearWeights(table, unobserved);
    }

    /** {@code getTopFeatures(-1)} as feature -> weight per label; NaN where a label does not list the feature. */
    private static Map<String, double[]> table(Model<org.tribuo.classification.Label> model, List<Label> labels) {
        Map<String, double[]> table = new HashMap<>();
        Map<String, List<Pair<String, Double>>> top = model.getTopFeatures(-1);
        for (int l = 0; l < labels.size(); l++) {
            List<Pair<String, Double>> features = top.getOrDefault(labels.get(l).code(), List.of());
            for (Pair<String, Double> feature : features) {
                double[] row = table.computeIfAbsent(feature.getA(), k -> {
                    double[] fresh = new double[labels.size()];
                    Arrays.fill(fresh, Double.NaN);
                    return fresh;
                });
                row[l] = feature.getB();
            }
        }
        return table;
    }

    /** The weight of {@code feature} for label index {@code label}. */
    double weight(String feature, int label) {
        double[] row = weights.get(feature);
        if (row == null) {
            return defaults[label];
        }
        return row[label];
    }

    /** The features of {@code vector} that most favour {@code label} over {@code runnerUp}, strongest first. */
    List<Feature> explain(FeatureVector vector, int label, int runnerUp, int size) {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < vector.size(); i++) {
            String name = vector.names()[i];
            double contribution = vector.values()[i] * (weight(name, label) - weight(name, runnerUp));
            if (contribution > 0) {
                features.add(new Feature(name, contribution));
            }
        }
        return VectorModel.top(features, size);
    }
}
