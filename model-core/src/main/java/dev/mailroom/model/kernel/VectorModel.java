package dev.mailroom.model.kernel;

import dev.mailroom.contracts.Feature;
import dev.mailroom.contracts.Label;
import dev.mailroom.model.Prediction;
import dev.mailroom.model.features.FeaturePipeline;
import dev.mailroom.model.features.FeatureVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared classification logic of every kernel: text to vector by the pipeline, vector to label probabilities by the
 * kernel, and explanations. The default explanation is leave-one-out occlusion: for the strongest features present in
 * the document, how much the chosen label's probability drops when that one feature is removed.
 */
abstract class VectorModel implements TrainedModel {

    /** Present features (by value) tried by occlusion, per requested explanation entry. */
    private static final int OCCLUSION_CANDIDATES_PER_ENTRY = 3;

    private static final int OCCLUSION_MIN_CANDIDATES = 10;

    protected final Kernel kernel;
    protected final FeaturePipeline pipeline;
    protected final List<Label> labels;
    protected final Map<String, Object> hyperparameters;

    VectorModel(Kernel kernel, FeaturePipeline pipeline, List<Label> labels, Map<String, Object> hyperparameters) {
        this.kernel = kernel;
        this.pipeline = pipeline;
        this.labels = List.copyOf(labels);
        this.hyperparameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
    }

    /** Probabilities per vector, each row in {@link #labels()} order. */
    abstract double[][] probabilities(List<FeatureVector> vectors);

    @Override
    public Kernel kernel() {
        return kernel;
    }

    @Override
    public FeaturePipeline pipeline() {
        return pipeline;
    }

    @Override
    public List<Label> labels() {
        return labels;
    }

    @Override
    public Map<String, Object> hyperparameters() {
        return hyperparameters;
    }

    @Override
    public Prediction classify(String text, int explanationSize) {
        FeatureVector vector = pipeline.transform(text);
        return predict(vector, probabilities(List.of(vector))[0], explanationSize);
    }

    @Override
    public List<Prediction> classifyAll(List<String> texts, int explanationSize) {
        List<FeatureVector> vectors = texts.stream().map(pipeline::transform).toList();
        List<Prediction> predictions = new ArrayList<>(texts.size());
        int batch = 256;
        for (int from = 0; from < vectors.size(); from += batch) {
            List<FeatureVector> chunk = vectors.subList(from, Math.min(vectors.size(), from + batch));
            double[][] probabilities = probabilities(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                predictions.add(predict(chunk.get(i), probabilities[i], explanationSize));
            }
        }
        return predictions;
    }

    private Prediction predict(FeatureVector vector, double[] probabilities, int explanationSize) {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        Map<Label, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            scores.put(labels.get(i), probabilities[i]);
        }
        List<Feature> explanation = explanationSize <= 0 || vector.isEmpty()
                ? List.of()
                : explain(vector, best, probabilities, explanationSize);
        return new Prediction(labels.get(best), probabilities[best], scores, explanation);
    }

    /** Top features for label {@code labelIndex}; occlusion unless a kernel knows better. */
    List<Feature> explain(FeatureVector vector, int labelIndex, double[] probabilities, int size) {
        int candidates =
                Math.min(vector.size(), Math.max(OCCLUSION_MIN_CANDIDATES, size * OCCLUSION_CANDIDATES_PER_ENTRY));
        Integer[] order = new Integer[vector.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                Comparator.comparingDouble((Integer i) -> -vector.values()[i]).thenComparing(i -> vector.names()[i]));
        List<FeatureVector> occluded = new ArrayList<>(candidates);
        for (int c = 0; c < candidates; c++) {
            occluded.add(without(vector, order[c]));
        }
        double[][] reduced = probabilities(occluded);
        List<Feature> features = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            double drop = probabilities[labelIndex] - reduced[c][labelIndex];
            if (drop > 0) {
                features.add(new Feature(vector.names()[order[c]], drop));
            }
        }
        return top(features, size);
    }

    static List<Feature> top(List<Feature> features, int size) {
        return features.stream()
                .sorted(Comparator.comparingDouble(Feature::weight).reversed().thenComparing(Feature::feature))
                .limit(size)
                .toList();
    }

    private static FeatureVector without(FeatureVector vector, int position) {
        int n = vector.size() - 1;
        int[] indices = new int[n];
        double[] values = new double[n];
        String[] names = new String[n];
        for (int i = 0, j = 0; i < vector.size(); i++) {
            if (i != position) {
                indices[j] = vector.indices()[i];
                values[j] = vector.values()[i];
                names[j] = vector.names()[i];
                j++;
            }
        }
        return new FeatureVector(indices, values, names);
    }

    static double[] softmax(double[] logits, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l * temperature);
        }
        double sum = 0;
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = Math.exp(logits[i] * temperature - max);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
