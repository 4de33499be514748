package dev.mailroom.model.kernel;

import dev.mailroom.contracts.Label;
import dev.mailroom.model.features.FeaturePipeline;
import dev.mailroom.model.features.FeatureVector;
import java.util.List;
import java.util.Map;

/** The Deeplearning4j multilayer perceptron kernel. */
final class MlpKernel implements KernelImplementation {

    @Override
    public HyperparameterSpace space() {
        return HyperparameterSpace.of(new Hyperparameter.IntRange("hidden", 8, 1024, List.of(64, 128), 128));
    }

    @Override
    public TrainedModel train(
            FeaturePipeline pipeline,
            List<FeatureVector> vectors,
            List<Label> targets,
            List<Label> labels,
            Map<String, Object> params,
            long seed) {
        throw new UnsupportedOperationException("the mlp kernel is not available yet");
    }

    @Override
    public TrainedModel restore(
            FeaturePipeline pipeline, Map<String, byte[]> artifacts, List<Label> labels, Map<String, Object> params) {
        throw new UnsupportedOperationException("the mlp kernel is not available yet");
    }
}
