package dev.mailroom.model.pkg;

import dev.mailroom.contracts.Label;
import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.internal.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@value ModelPackage#MANIFEST} of a model package: what was trained, how, on what, how well, and the SHA-256 of
 * every artifact.
 *
 * @param formatVersion package format version ({@value #FORMAT_VERSION})
 * @param name model name, e.g. {@code mailroom-text}
 * @param version registry version, {@code null} until published (the registry assigns it)
 * @param kernel kernel id, e.g. {@code logistic}
 * @param hyperparameters resolved hyperparameters of the kernel
 * @param labels the label set in the model's order
 * @param metrics evaluations by name, conventionally {@code cv} and {@code heldOut} in {@link
 *     dev.mailroom.model.eval.Evaluation#toMap()} form (any JSON values allowed)
 * @param datasetFingerprint SHA-256 over the training texts and labels ({@link ModelPackage#fingerprint})
 * @param datasetSize number of training documents
 * @param featureConfig feature pipeline configuration (the fitted state is the features.json artifact)
 * @param libraryVersions versions of model-core, Tribuo, DL4J, Java that produced the package
 * @param artifacts artifact file name to lower-case hex SHA-256
 * @param createdAt when the package was built
 * @param trainingJobId the training job that produced it, or {@code null}
 */
public record ModelManifest(
        int formatVersion,
        String name,
        String version,
        String kernel,
        Map<String, Object> hyperparameters,
        List<Label> labels,
        Map<String, Object> metrics,
        String datasetFingerprint,
        long datasetSize,
        FeatureConfig featureConfig,
        Map<String, String> libraryVersions,
        Map<String, String> artifacts,
        Instant createdAt,
        String trainingJobId) {

    /** The package format this code writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public ModelManifest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kernel, "kernel");
        hyperparameters = Collections.unmodifiableMap(new LinkedHashMap<>(nullToEmpty(hyperparameters)));
        labels = List.copyOf(labels);
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(nullToEmpty(metrics)));
        Objects.requireNonNull(featureConfig, "featureConfig");
        libraryVersions = Collections.unmodifiableMap(new TreeMap<>(nullToEmpty(libraryVersions)));
        artifacts = Collections.unmodifiableMap(new TreeMap<>(nullToEmpty(artifacts)));
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** This manifest with {@code version} set (the registry assigns versions on publish). */
    public ModelManifest withVersion(String newVersion) {
        return new ModelManifest(
                formatVersion,
                name,
                newVersion,
                kernel,
                hyperparameters,
                labels,
                metrics,
                datasetFingerprint,
                datasetSize,
                featureConfig,
                libraryVersions,
                artifacts,
                createdAt,
                trainingJobId);
    }

    /** This manifest as pretty-printed JSON. */
    public byte[] toJson() {
        return Json.write(this);
    }

    /** Parses a manifest; any malformed content is a {@link ModelIntegrityException}. */
    public static ModelManifest fromJson(byte[] json) {
        try {
            ModelManifest manifest = Json.read(json, ModelManifest.class);
            if (manifest.formatVersion() != FORMAT_VERSION) {
                throw new ModelIntegrityException("unsupported model package format " + manifest.formatVersion()
                        + " (this model-core reads " + FORMAT_VERSION + ")");
            }
            return manifest;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelIntegrityException integrity) {
                throw integrity;
            }
            throw new ModelIntegrityException("manifest.json is not a valid model manifest: " + e.getMessage(), e);
        }
    }

    private static <K, V> Map<K, V> nullToEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
