package dev.mailroom.model;

import dev.mailroom.model.kernel.Kernel;
import dev.mailroom.model.kernel.TrainedModel;
import dev.mailroom.model.pkg.ModelIntegrityException;
import dev.mailroom.model.pkg.ModelPackage;
import java.io.IOException;
import java.nio.file.Path;

/** Turns a verified model package into a ready {@link LoadedModel}. */
public final class ModelLoader {

    private ModelLoader() {}

    /**
     * Verifies every artifact of {@code modelPackage} and restores its classifier.
     *
     * @throws ModelIntegrityException when the package does not verify or its artifacts cannot be read
     */
    public static LoadedModel load(ModelPackage modelPackage) {
        modelPackage.verify();
        var manifest = modelPackage.manifest();
        Kernel kernel = Kernel.find(manifest.kernel())
                .orElseThrow(() -> new ModelIntegrityException(
                        "model " + manifest.name() + ": unknown kernel '" + manifest.kernel() + "'"));
        TrainedModel model;
        try {
            model = kernel.restore(modelPackage.artifacts(), manifest.labels(), manifest.hyperparameters());
        } catch (IOException | RuntimeException e) {
            throw new ModelIntegrityException(
                    "model " + manifest.name() + " " + manifest.version() + " cannot be restored: " + e.getMessage(),
                    e);
        }
        if (!model.pipeline().config().equals(manifest.featureConfig())) {
            throw new ModelIntegrityException("model " + manifest.name() + " " + manifest.version()
                    + ": feature pipeline artifact disagrees with the manifest's featureConfig");
        }
        return new LoadedModel(manifest, model);
    }

    /** Reads, verifies and loads a package stored as files in {@code directory}. */
    public static LoadedModel load(Path directory) throws IOException {
        return load(ModelPackage.readFrom(directory));
    }
}
