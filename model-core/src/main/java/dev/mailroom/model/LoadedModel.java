package dev.mailroom.model;

import dev.mailroom.contracts.Label;
import dev.mailroom.contracts.ModelRef;
import dev.mailroom.model.kernel.TrainedModel;
import dev.mailroom.model.pkg.ModelManifest;
import java.util.List;

/** A classifier restored from a verified model package, with its manifest and registry reference. */
public final class LoadedModel implements DocumentClassifier {

    /** The version reported by {@link #ref()} for a package that was never published. */
    public static final String UNPUBLISHED = "unpublished";

    private final ModelManifest manifest;
    private final TrainedModel model;

    LoadedModel(ModelManifest manifest, TrainedModel model) {
        this.manifest = manifest;
        this.model = model;
    }

    /** The package manifest. */
    public ModelManifest manifest() {
        return manifest;
    }

    /** Name and version, as carried by {@code document.classified.v1}. */
    public ModelRef ref() {
        return new ModelRef(manifest.name(), manifest.version() == null ? UNPUBLISHED : manifest.version());
    }

    /** The restored kernel model. */
    public TrainedModel model() {
        return model;
    }

    @Override
    public Prediction classify(String text, int explanationSize) {
        return model.classify(text, explanationSize);
    }

    @Override
    public List<Prediction> classifyAll(List<String> texts, int explanationSize) {
        return model.classifyAll(texts, explanationSize);
    }

    @Override
    public List<Label> labels() {
        return model.labels();
    }
}
