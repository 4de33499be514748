package dev.mailroom.model.kernel;

import dev.mailroom.contracts.Label;
import dev.mailroom.model.LabelledText;
import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.features.FeaturePipeline;
import dev.mailroom.model.features.FeatureVector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The learning algorithms a model can be trained with; each declares its hyperparameter space. */
public enum Kernel {
    /** Multinomial logistic regression trained by SGD with AdaGrad (Tribuo LinearSGD). */
    LOGISTIC("logistic", TribuoKernels::logistic),
    /** Linear support vector machine (Tribuo LibLinear); scores are temperature-scaled decision values. */
    LINEAR_SVM("linear-svm", TribuoKernels::linearSvm),
    /** Multinomial naive Bayes over the TF-IDF vectors (Tribuo). */
    NAIVE_BAYES("naive-bayes", TribuoKernels::naiveBayes),
    /** Gradient-boosted trees (Tribuo XGBoost). */
    XGBOOST("xgboost", TribuoKernels::xgboost),
    /** Multilayer perceptron over the same features (Deeplearning4j). */
    MLP("mlp", MlpKernel::new);

    private final String id;
    private final Supplier<KernelImplementation> factory;
    private volatile KernelImplementation implementation;

    Kernel(String id, Supplier<KernelImplementation> factory) {
        this.id = id;
        this.factory = factory;
    }

    /** The stable id used in requests, manifests and the CLI, e.g. {@code linear-svm}. */
    public String id() {
        return id;
    }

    /** The hyperparameters this kernel accepts. */
    public HyperparameterSpace space() {
        return implementation().space();
    }

    /**
     * Fits the feature pipeline on {@code data} and trains this kernel on it.
     *
     * @param data at least two distinct labels
     * @param params hyperparameters (missing ones take their default; unknown ones are refused)
     * @param config feature pipeline configuration
     * @param seed seed of every random choice, so the same inputs give the same model
     * @throws IllegalArgumentException for bad data or hyperparameters
     */
    public TrainedModel train(List<LabelledText> data, Map<String, ?> params, FeatureConfig config, long seed) {
        Map<String, Object> resolved = space().resolve(params);
        Set<Label> present = EnumSet.noneOf(Label.class);
        data.forEach(d -> present.add(d.label()));
        if (present.size() < 2) {
            throw new IllegalArgumentException(
                    "training data needs at least 2 labels, got " + present + " in " + data.size() + " documents");
        }
        List<String> texts = data.stream().map(LabelledText::text).toList();
        FeaturePipeline pipeline = FeaturePipeline.fit(config, texts);
        List<FeatureVector> vectors = new ArrayList<>(data.size());
        texts.forEach(t -> vectors.add(pipeline.transform(t)));
        List<Label> targets = data.stream().map(LabelledText::label).toList();
        return implementation().train(pipeline, vectors, targets, List.copyOf(present), resolved, seed);
    }

    /**
     * Rebuilds a trained model from its package artifacts (used by {@link dev.mailroom.model.ModelLoader}).
     *
     * @throws IOException when an artifact cannot be read
     */
    public TrainedModel restore(Map<String, byte[]> artifacts, List<Label> labels, Map<String, ?> hyperparameters)
            throws IOException {
        byte[] pipelineBytes = artifacts.get(FeaturePipeline.ARTIFACT);
        if (pipelineBytes == null) {
            throw new IOException("artifact " + FeaturePipeline.ARTIFACT + " is missing");
        }
        FeaturePipeline pipeline = FeaturePipeline.fromBytes(pipelineBytes);
        return implementation().restore(pipeline, artifacts, List.copyOf(labels), space().resolve(hyperparameters));
    }

    /** The kernel with this id (or enum name), if any. */
    public static Optional<Kernel> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim();
        return Arrays.stream(values())
                .filter(k -> k.id.equalsIgnoreCase(wanted) || k.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The kernel with this id; an {@link IllegalArgumentException} naming the valid ids otherwise. */
    public static Kernel fromId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown kernel '" + id + "', expected one of "
                + Arrays.stream(values()).map(Kernel::id).toList()));
    }

    @Override
    public String toString() {
        return id;
    }

    private KernelImplementation implementation() {
        KernelImplementation current = implementation;
        if (current == null) {
            current = factory.get();
            implementation = current;
        }
        return current;
    }
}
