package dev.mailroom.model.kernel;

import dev.mailroom.contracts.Label;
import dev.mailroom.model.features.FeaturePipeline;
import dev.mailroom.model.features.FeatureVector;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** What each kernel implements behind {@link Kernel}. */
interface KernelImplementation {

    HyperparameterSpace space();

    TrainedModel train(
            FeaturePipeline pipeline,
            List<FeatureVector> vectors,
            List<Label> targets,
            List<Label> labels,
            Map<String, Object> params,
            long seed);

    TrainedModel restore(
            FeaturePipeline pipeline, Map<String, byte[]> artifacts, List<Label> labels, Map<String, Object> params)
            throws IOException;
}
