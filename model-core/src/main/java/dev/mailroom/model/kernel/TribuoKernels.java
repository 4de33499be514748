package dev.mailroom.model.kernel;

import dev.mailroom.contracts.Feature;
import dev.mailroom.contracts.Label;
import dev.mailroom.model.features.FeaturePipeline;
import dev.mailroom.model.features.FeatureVector;
import dev.mailroom.model.internal.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.mnb.MultinomialNaiveBayesTrainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The Tribuo kernels. Features are the pipeline's TF-IDF values, computed by model-core (not by a Tribuo
 * transformation), so every kernel, serving and training see the same vectors; every example also carries a constant
 * {@value #DOCUMENT_FEATURE} feature so an empty document still has one feature. Models are stored as Tribuo protobuf
 * ({@value #MODEL_ARTIFACT}).
 */
final class TribuoKernels {

    static final String MODEL_ARTIFACT = "model.tribuo";
    static final String CALIBRATION_ARTIFACT = "calibration.json";
    static final String DOCUMENT_FEATURE = "__doc__";

    private static final LabelFactory LABELS = new LabelFactory();

    private TribuoKernels() {}

    static KernelImplementation logistic() {
        HyperparameterSpace space = HyperparameterSpace.of(
                new Hyperparameter.IntRange("epochs", 1, 50, List.of(5, 10, 20), 10),
                new Hyperparameter.DoubleRange("learningRate", 0.01, 2.0, true, List.of(0.1, 0.5, 1.0), 0.5),
                new Hyperparameter.IntRange("minibatchSize", 1, 64, List.of(1, 8), 1));
        return new TribuoKernel(
                Kernel.LOGISTIC,
                space,
                (p, seed) -> new LinearSGDTrainer(
                        new LogMulticlass(),
                        new AdaGrad((Double) p.get("learningRate"), 0.1),
                        (Integer) p.get("epochs"),
                        Integer.MAX_VALUE,
                        (Integer) p.get("minibatchSize"),
                        seed),
                Explain.LINEAR,
                false);
    }

    static KernelImplementation linearSvm() {
        HyperparameterSpace space = HyperparameterSpace.of(
                new Hyperparameter.DoubleRange("cost", 0.001, 100.0, true, List.of(0.1, 1.0, 10.0), 1.0),
                new Hyperparameter.Choice("loss", List.of("l2-dual", "l2-primal", "l1-dual"), "l2-dual"),
                new Hyperparameter.IntRange("maxIterations", 100, 10_000, List.of(1000), 1000));
        return new TribuoKernel(
                Kernel.LINEAR_SVM,
                space,
                (p, seed) -> new LibLinearClassificationTrainer(
                        new LinearClassificationType(
                                switch ((String) p.get("loss")) {
                                    case "l2-primal" -> LinearClassificationType.LinearType.L2R_L2LOSS_SVC;
                                    case "l1-dual" -> LinearClassificationType.LinearType.L2R_L1LOSS_SVC_DUAL;
                                    default -> LinearClassificationType.LinearType.L2R_L2LOSS_SVC_DUAL;
                                }),
                        (Double) p.get("cost"),
                        (Integer) p.get("maxIterations"),
                        0.01,
                        seed),
                Explain.LINEAR,
                true);
    }

    static KernelImplementation naiveBayes() {
        HyperparameterSpace space = HyperparameterSpace.of(
                new Hyperparameter.DoubleRange("alpha", 0.001, 10.0, true, List.of(0.01, 0.1, 0.5, 1.0), 0.1));
        return new TribuoKernel(
                Kernel.NAIVE_BAYES,
                space,
                (p, seed) -> new MultinomialNaiveBayesTrainer((Double) p.get("alpha")),
                Explain.NAIVE_BAYES,
                false);
    }

    static KernelImplementation xgboost() {
        HyperparameterSpace space = HyperparameterSpace.of(
                new Hyperparameter.IntRange("trees", 5, 500, List.of(25, 50, 100), 50),
                new Hyperparameter.DoubleRange("eta", 0.01, 1.0, true, List.of(0.1, 0.3), 0.3),
                new Hyperparameter.IntRange("maxDepth", 1, 12, List.of(3, 6), 6),
                new Hyperparameter.DoubleRange("subsample", 0.5, 1.0, false, List.of(1.0), 1.0),
                new Hyperparameter.IntRange("threads", 1, 64, List.of(1), 1),
                new Hyperparameter.Choice("treeMethod", List.of("auto", "exact", "approx", "hist"), "auto"));
        return new TribuoKernel(
                Kernel.XGBOOST,
                space,
                (p, seed) -> new XGBoostClassificationTrainer(
                        XGBoostTrainer.BoosterType.GBTREE,
                        XGBoostTrainer.TreeMethod.valueOf(((String) p.get("treeMethod")).toUpperCase(Locale.ROOT)),
                        (Integer) p.get("trees"),
                        (Double) p.get("eta"),
                        0.0,
                        (Integer) p.get("maxDepth"),
                        1.0,
                        (Double) p.get("subsample"),
                        1.0,
                        1.0,
                        0.0,
                        (Integer) p.get("threads"),
                        XGBoostTrainer.LoggingVerbosity.SILENT,
                        seed),
                Explain.OCCLUSION,
                false);
    }

    static Example<org.tribuo.classification.Label> example(
            FeatureVector vector, org.tribuo.classification.Label label) {
        String[] names = new String[vector.size() + 1];
        double[] values = new double[vector.size() + 1];
        for (int i = 0; i < vector.size(); i++) {
            names[i] = vector.names()[i];
            values[i] = vector.values()[i];
        }
        names[vector.size()] = DOCUMENT_FEATURE;
        values[vector.size()] = 1.0;
        return new ArrayExample<>(label, names, values);
    }

    /** How a kernel explains a decision. */
    enum Explain {
        /** Weight x value, relative to the runner-up label. */
        LINEAR,
        /** Log word probability x value, relative to the runner-up label. */
        NAIVE_BAYES,
        /** Leave-one-out of the strongest present features. */
        OCCLUSION
    }

    /** Builds a trainer from resolved hyperparameters and a seed. */
    interface TrainerFactory {
        Trainer<org.tribuo.classification.Label> create(Map<String, Object> params, long seed);
    }

    /** A Tribuo trainer behind the {@link KernelImplementation} contract. */
    record TribuoKernel(
            Kernel kernel, HyperparameterSpace space, TrainerFactory trainers, Explain explain, boolean calibrate)
            implements KernelImplementation {

        @Override
        public TrainedModel train(
                FeaturePipeline pipeline,
                List<FeatureVector> vectors,
                List<Label> targets,
                List<Label> labels,
                Map<String, Object> params,
                long seed) {
            MutableDataset<org.tribuo.classification.Label> dataset =
                    new MutableDataset<>(new SimpleDataSourceProvenance("mailroom training data", LABELS), LABELS);
            for (int i = 0; i < vectors.size(); i++) {
                dataset.add(example(
                        vectors.get(i),
                        new org.tribuo.classification.Label(targets.get(i).code())));
            }
            Model<org.tribuo.classification.Label> model =
                    trainers.create(params, seed).train(dataset);
            TribuoModel trained = new TribuoModel(kernel, pipeline, labels, params, model, explain, 1.0);
            if (!calibrate) {
                return trained;
            }
            double temperature = Calibration.temperature(trained.decisionValues(vectors), targets, labels);
            return new TribuoModel(kernel, pipeline, labels, params, model, explain, temperature);
        }

        @Override
        public TrainedModel restore(
                FeaturePipeline pipeline, Map<String, byte[]> artifacts, List<Label> labels, Map<String, Object> params)
                throws IOException {
            byte[] bytes = artifacts.get(MODEL_ARTIFACT);
            if (bytes == null) {
                throw new IOException("artifact " + MODEL_ARTIFACT + " is missing");
            }
            Model<?> model = Model.deserialize(ModelProto.parseFrom(bytes));
            Model<org.tribuo.classification.Label> typed = model.castModel(org.tribuo.classification.Label.class);
            double temperature = 1.0;
            byte[] calibration = artifacts.get(CALIBRATION_ARTIFACT);
            if (calibration != null) {
                temperature = Json.read(calibration, Calibration.class).temperature();
            }
            return new TribuoModel(kernel, pipeline, labels, params, typed, explain, temperature);
        }
    }

    /**
     * Softmax temperature for kernels whose scores are not probabilities (SVM decision values).
     *
     * @param temperature multiplier applied to decision values before the softmax
     */
    record Calibration(double temperature) {

        private static final double[] CANDIDATES = {0.5, 1, 2, 4, 8, 16, 32, 64};

        /** The candidate temperature with the lowest log-loss on the training data. */
        static double temperature(double[][] decisionValues, List<Label> targets, List<Label> labels) {
            double best = 1;
            double bestLoss = Double.POSITIVE_INFINITY;
            for (double t : CANDIDATES) {
                double loss = 0;
                for (int i = 0; i < decisionValues.length; i++) {
                    double[] p = VectorModel.softmax(decisionValues[i], t);
                    loss -= Math.log(Math.max(1e-12, p[labels.indexOf(targets.get(i))]));
                }
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = t;
                }
            }
            return best;
        }
    }

    /** A trained Tribuo model. */
    static final class TribuoModel extends VectorModel {

        private final Model<org.tribuo.classification.Label> model;
        private final Explain explain;
        private final LinearWeights weights;
        private final double temperature;
        private final Map<String, Integer> labelIndex = new LinkedHashMap<>();

        TribuoModel(
                Kernel kernel,
                FeaturePipeline pipeline,
                List<Label> labels,
                Map<String, Object> params,
                Model<org.tribuo.classification.Label> model,
                Explain explain,
                double temperature) {
            super(kernel, pipeline, labels, params);
            this.model = model;
            this.explain = explain;
            this.weights = switch (explain) {
                case LINEAR -> LinearWeights.linear(model, labels);
                case NAIVE_BAYES -> LinearWeights.naiveBayes(model, labels, (Double) params.get("alpha"));
                case OCCLUSION -> null;
            };
            this.temperature = temperature;
            for (int i = 0; i < labels.size(); i++) {
                labelIndex.put(labels.get(i).code(), i);
            }
        }

        double[][] decisionValues(List<FeatureVector> vectors) {
            List<Example<org.tribuo.classification.Label>> examples = new ArrayList<>(vectors.size());
            vectors.forEach(v -> examples.add(example(v, LabelFactory.UNKNOWN_LABEL)));
            List<org.tribuo.Prediction<org.tribuo.classification.Label>> predictions = model.predict(examples);
            double[][] out = new double[predictions.size()][];
            for (int i = 0; i < out.length; i++) {
                double[] row = new double[labels.size()];
                for (Map.Entry<String, org.tribuo.classification.Label> e :
                        predictions.get(i).getOutputScores().entrySet()) {
                    Integer index = labelIndex.get(e.getKey());
                    if (index != null) {
                        row[index] = e.getValue().getScore();
                    }
                }
                out[i] = row;
            }
            return out;
        }

        @Override
        double[][] probabilities(List<FeatureVector> vectors) {
            double[][] values = decisionValues(vectors);
            if (!model.generatesProbabilities()) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = softmax(values[i], temperature);
                }
            }
            return values;
        }

        @Override
        List<Feature> explain(FeatureVector vector, int labelIndex, double[] probabilities, int size) {
            if (weights == null) {
                return super.explain(vector, labelIndex, probabilities, size);
            }
            int runnerUp = labelIndex == 0 ? 1 : 0;
            for (int i = 0; i < probabilities.length; i++) {
                if (i != labelIndex && probabilities[i] > probabilities[runnerUp]) {
                    runnerUp = i;
                }
            }
            return weights.explain(vector, labelIndex, runnerUp, size);
        }

        /** Per-feature weights behind linear explanations, or null for occlusion kernels. */
        LinearWeights weights() {
            return weights;
        }

        @Override
        public Map<String, byte[]> artifacts() {
            Map<String, byte[]> artifacts = new LinkedHashMap<>();
            artifacts.put(FeaturePipeline.ARTIFACT, pipeline.toBytes());
            artifacts.put(MODEL_ARTIFACT, model.serialize().toByteArray());
            if (!model.generatesProbabilities()) {
                artifacts.put(CALIBRATION_ARTIFACT, Json.write(new Calibration(temperature)));
            }
            return artifacts;
        }
    }
}
