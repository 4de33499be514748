package dev.mailroom.model.kernel;

import dev.mailroom.model.DocumentClassifier;
import dev.mailroom.model.features.FeaturePipeline;
import java.util.Map;

/** A classifier fresh from {@link Kernel#train} (or restored from a package), with everything needed to store it. */
public interface TrainedModel extends DocumentClassifier {

    /** The kernel that produced this model. */
    Kernel kernel();

    /** The resolved hyperparameters (defaults filled in). */
    Map<String, Object> hyperparameters();

    /** The fitted feature pipeline. */
    FeaturePipeline pipeline();

    /** Every file of this model by name, including {@link FeaturePipeline#ARTIFACT}; fresh copies. */
    Map<String, byte[]> artifacts();
}
