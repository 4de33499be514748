package dev.mailroom.model.kernel;

import dev.mailroom.contracts.Feature;
import dev.mailroom.contracts.Label;
import dev.mailroom.model.features.FeaturePipeline;
import dev.mailroom.model.features.FeatureVector;
import dev.mailroom.model.internal.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A multilayer perceptron (Deeplearning4j): the pipeline's TF-IDF values of the {@code maxInputs} most common
 * features as a dense input, one ReLU hidden layer
 * with dropout, softmax output, Adam, cross-entropy. Stored as {@value #MODEL_ARTIFACT} ({@code ModelSerializer}, no
 * updater state). Inference on one network is serialised (DL4J networks are not thread-safe); explanations are
 * gradient x input of the logit margin, computed from the network's parameters.
 */
final class MlpKernel implements KernelImplementation {

    static final String MODEL_ARTIFACT = "model.dl4j.zip";
    static final String INPUTS_ARTIFACT = "mlp-inputs.json";

    /** Up to this many documents are scored by the sparse forward pass, larger batches by the network. */
    static final int SPARSE_FORWARD_MAX_BATCH = 16;

    private static final HyperparameterSpace SPACE = HyperparameterSpace.of(
            new Hyperparameter.IntRange("hidden", 8, 1024, List.of(64, 128), 128),
            new Hyperparameter.IntRange("epochs", 1, 100, List.of(5, 10), 8),
            new Hyperparameter.DoubleRange("learningRate", 0.0001, 0.1, true, List.of(0.001, 0.003), 0.003),
            new Hyperparameter.IntRange("batchSize", 8, 512, List.of(32), 32),
            new Hyperparameter.DoubleRange("dropout", 0.0, 0.8, false, List.of(0.2), 0.2),
            new Hyperparameter.DoubleRange("l2", 0.0, 0.01, false, List.of(0.0001), 0.0001),
            new Hyperparameter.IntRange("maxInputs", 16, 1_000_000, List.of(8192), 8192));

    @Override
    public HyperparameterSpace space() {
        return SPACE;
    }

    @Override
    public TrainedModel train(
            FeaturePipeline pipeline,
            List<FeatureVector> vectors,
            List<Label> targets,
            List<Label> labels,
            Map<String, Object> params,
            long seed) {
        Inputs inputs = Inputs.select(pipeline, (Integer) params.get("maxInputs"));
        double dropout = (Double) params.get("dropout");
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam((Double) params.get("learningRate")))
                .l2((Double) params.get("l2"));
        if (dropout > 0) {
            builder.dropOut(1.0 - dropout);
        }
        MultiLayerConfiguration configuration = builder.list()
                .layer(new DenseLayer.Builder()
                        .nIn(inputs.size())
                        .nOut((Integer) params.get("hidden"))
                        .activation(Activation.RELU)
                        .build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nOut(labels.size())
                        .activation(Activation.SOFTMAX)
                        .dropOut(1.0)
                        .build())
                .build();
        Nd4j.getRandom().setSeed(seed);
        MultiLayerNetwork network = new MultiLayerNetwork(configuration);
        network.init();

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        int batchSize = (Integer) params.get("batchSize");
        int epochs = (Integer) params.get("epochs");
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int from = 0; from < order.size(); from += batchSize) {
                List<Integer> batch = order.subList(from, Math.min(order.size(), from + batchSize));
                float[][] x = new float[batch.size()][];
                float[][] y = new float[batch.size()][labels.size()];
                for (int b = 0; b < batch.size(); b++) {
                    x[b] = inputs.dense(vectors.get(batch.get(b)));
                    y[b][labels.indexOf(targets.get(batch.get(b)))] = 1f;
                }
                network.fit(Nd4j.create(x), Nd4j.create(y));
            }
        }
        return new MlpModel(pipeline, labels, params, network, inputs);
    }

    @Override
    public TrainedModel restore(
            FeaturePipeline pipeline, Map<String, byte[]> artifacts, List<Label> labels, Map<String, Object> params)
            throws IOException {
        byte[] bytes = artifacts.get(MODEL_ARTIFACT);
        if (bytes == null) {
            throw new IOException("artifact " + MODEL_ARTIFACT + " is missing");
        }
        byte[] inputBytes = artifacts.get(INPUTS_ARTIFACT);
        if (inputBytes == null) {
            throw new IOException("artifact " + INPUTS_ARTIFACT + " is missing");
        }
        Inputs inputs = Inputs.of(pipeline, Json.read(inputBytes, int[].class));
        MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), false);
        if (network.layerInputSize(0) != inputs.size()
                || network.layerSize(network.getnLayers() - 1) != labels.size()) {
            throw new IOException("network shape does not match the feature pipeline and label set");
        }
        return new MlpModel(pipeline, labels, params, network, inputs);
    }

    /**
     * The pipeline features the network sees: the {@code maxInputs} most common ones (lowest IDF), so the dense input
     * layer stays small whatever the vocabulary size.
     */
    static final class Inputs {
        private final int[] selected;
        private final int[] position;

        private Inputs(int dimension, int[] selected) {
            this.selected = selected;
            this.position = new int[dimension];
            Arrays.fill(position, -1);
            for (int i = 0; i < selected.length; i++) {
                position[selected[i]] = i;
            }
        }

        static Inputs select(FeaturePipeline pipeline, int maxInputs) {
            Integer[] order = new Integer[pipeline.dimension()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(pipeline::idf).thenComparingInt(i -> i));
            int[] selected = Arrays.stream(order)
                    .limit(maxInputs)
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
            return new Inputs(pipeline.dimension(), selected);
        }

        static Inputs of(FeaturePipeline pipeline, int[] selected) throws IOException {
            for (int index : selected) {
                if (index < 0 || index >= pipeline.dimension()) {
                    throw new IOException("MLP input index " + index + " outside the feature pipeline");
                }
            }
            return new Inputs(pipeline.dimension(), selected);
        }

        int size() {
            return Math.max(1, selected.length);
        }

        int position(int featureIndex) {
            return position[featureIndex];
        }

        float[] dense(FeatureVector vector) {
            float[] row = new float[size()];
            for (int i = 0; i < vector.size(); i++) {
                int p = position[vector.indices()[i]];
                if (p >= 0) {
                    row[p] = (float) vector.values()[i];
                }
            }
            return row;
        }

        byte[] toBytes() {
            return Json.write(selected);
        }
    }

    /** A trained perceptron. */
    static final class MlpModel extends VectorModel {

        private final MultiLayerNetwork network;
        private final Inputs inputs;
        private final float[][] hiddenWeights;
        private final float[] hiddenBias;
        private final float[][] outputWeights;
        private final float[] outputBias;

        MlpModel(
                FeaturePipeline pipeline,
                List<Label> labels,
                Map<String, Object> params,
                MultiLayerNetwork network,
                Inputs inputs) {
            super(Kernel.MLP, pipeline, labels, new LinkedHashMap<>(params));
            this.network = network;
            this.inputs = inputs;
            this.hiddenWeights = network.getLayer(0).getParam("W").toFloatMatrix();
            this.hiddenBias = network.getLayer(0).getParam("b").toFloatVector();
            this.outputWeights = network.getLayer(1).getParam("W").toFloatMatrix();
            this.outputBias = network.getLayer(1).getParam("b").toFloatVector();
        }

        /** Hidden pre-activations of a document, computed sparsely from the network's own parameters. */
        private double[] hidden(FeatureVector vector) {
            double[] z = new double[hiddenBias.length];
            for (int h = 0; h < z.length; h++) {
                z[h] = hiddenBias[h];
            }
            for (int i = 0; i < vector.size(); i++) {
                int p = inputs.position(vector.indices()[i]);
                if (p >= 0) {
                    float[] row = hiddenWeights[p];
                    double x = (float) vector.values()[i];
                    for (int h = 0; h < z.length; h++) {
                        z[h] += x * row[h];
                    }
                }
            }
            return z;
        }

        /** Output logits from the extracted parameters (checks that explanations read the network right). */
        double[] logits(FeatureVector vector) {
            double[] z = hidden(vector);
            double[] logits = new double[outputBias.length];
            for (int l = 0; l < logits.length; l++) {
                logits[l] = outputBias[l];
                for (int h = 0; h < z.length; h++) {
                    if (z[h] > 0) {
                        logits[l] += z[h] * outputWeights[h][l];
                    }
                }
            }
            return logits;
        }

        /**
         * Gradient x input of the logit margin between the chosen label and the runner-up: with the ReLUs active for
         * this document, {@code value x sum_h W1[f,h] (W2[h,chosen] - W2[h,runnerUp])}. Exact for the linear region
         * the document lies in, and much cheaper than occlusion.
         */
        @Override
        List<Feature> explain(FeatureVector vector, int labelIndex, double[] probabilities, int size) {
            int runnerUp = labelIndex == 0 ? 1 : 0;
            for (int i = 0; i < probabilities.length; i++) {
                if (i != labelIndex && probabilities[i] > probabilities[runnerUp]) {
                    runnerUp = i;
                }
            }
            double[] z = hidden(vector);
            double[] gradient = new double[z.length];
            for (int h = 0; h < z.length; h++) {
                gradient[h] = z[h] > 0 ? outputWeights[h][labelIndex] - outputWeights[h][runnerUp] : 0;
            }
            List<Feature> features = new ArrayList<>();
            for (int i = 0; i < vector.size(); i++) {
                int p = inputs.position(vector.indices()[i]);
                if (p < 0) {
                    continue;
                }
                double sum = 0;
                float[] row = hiddenWeights[p];
                for (int h = 0; h < z.length; h++) {
                    sum += row[h] * gradient[h];
                }
                double contribution = vector.values()[i] * sum;
                if (contribution > 0) {
                    features.add(new Feature(vector.names()[i], contribution));
                }
            }
            return top(features, size);
        }

        @Override
        double[][] probabilities(List<FeatureVector> vectors) {
            if (vectors.size() <= SPARSE_FORWARD_MAX_BATCH) {
                // a few documents: the sparse forward pass over the network's own parameters is much faster than
                // densifying into the network, and needs no lock (MlpExplanationTest checks both agree)
                double[][] out = new double[vectors.size()][];
                for (int i = 0; i < out.length; i++) {
                    out[i] = softmax(logits(vectors.get(i)), 1.0);
                }
                return out;
            }
            float[][] x = new float[vectors.size()][];
            for (int i = 0; i < x.length; i++) {
                x[i] = inputs.dense(vectors.get(i));
            }
            INDArray output;
            synchronized (network) {
                output = network.output(Nd4j.create(x), false);
            }
            double[][] out = new double[vectors.size()][labels.size()];
            for (int i = 0; i < out.length; i++) {
                double sum = 0;
                for (int l = 0; l < labels.size(); l++) {
                    out[i][l] = output.getDouble(i, l);
                    sum += out[i][l];
                }
                for (int l = 0; l < labels.size(); l++) {
                    out[i][l] /= sum;
                }
            }
            return out;
        }

        @Override
        public Map<String, byte[]> artifacts() {
            Map<String, byte[]> artifacts = new LinkedHashMap<>();
            artifacts.put(FeaturePipeline.ARTIFACT, pipeline.toBytes());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                synchronized (network) {
                    ModelSerializer.writeModel(network, bytes, false);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            artifacts.put(MODEL_ARTIFACT, bytes.toByteArray());
            artifacts.put(INPUTS_ARTIFACT, inputs.toBytes());
            return artifacts;
        }
    }
}
