package dev.mailroom.training.catalog;

import dev.mailroom.model.pkg.ModelManifest;
import dev.mailroom.model.registry.ModelNotFoundException;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.model.registry.Promotion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Browsing, promoting and rolling back published model versions. */
public final class ModelCatalog {

    private final ModelRegistry registry;

    public ModelCatalog(ModelRegistry registry) {
        this.registry = registry;
    }

    /**
     * Versions of {@code name}.
     *
     * @throws ModelNotFoundException when the model has no version
     */
    public ModelVersions versions(String name) {
        List<String> versions = registry.versions(name);
        if (versions.isEmpty()) {
            throw new ModelNotFoundException(name, "(any)");
        }
        String production = registry.production(name).orElse(null);
        List<VersionSummary> summaries = versions.stream()
                .map(v -> summary(registry.manifest(name, v), v.equals(production)))
                .toList();
        return new ModelVersions(name, production, summaries, registry.promotions(name));
    }

    /**
     * The manifest of one version.
     *
     * @throws ModelNotFoundException when it does not exist
     */
    public ModelManifest manifest(String name, String version) {
        return registry.manifest(name, version);
    }

    /** The production version of {@code name}, if any. */
    public Optional<String> production(String name) {
        return registry.production(name);
    }

    /**
     * Points production at {@code version}.
     *
     * @throws ModelNotFoundException when it does not exist
     */
    public Promotion promote(String name, String version, String reason) {
        return registry.promote(name, version, reason == null || reason.isBlank() ? "promoted via REST" : reason);
    }

    /**
     * Points production back at the previously promoted version.
     *
     * @throws ModelNotFoundException when the model has no version
     * @throws NoPreviousVersionException when nothing was promoted before
     */
    public Promotion rollback(String name, String reason) {
        if (registry.versions(name).isEmpty()) {
            throw new ModelNotFoundException(name, "(any)");
        }
        try {
            return registry.rollback(name, reason == null || reason.isBlank() ? "rolled back via REST" : reason);
        } catch (IllegalStateException e) {
            throw new NoPreviousVersionException(e.getMessage(), e);
        }
    }

    private static VersionSummary summary(ModelManifest manifest, boolean production) {
        Double f1 = null;
        Double accuracy = null;
        if (manifest.metrics().get("heldOut") instanceof Map<?, ?> heldOut) {
            f1 = number(heldOut.get("macroF1"));
            accuracy = number(heldOut.get("accuracy"));
        }
        return new VersionSummary(
                manifest.version(),
                manifest.kernel(),
                manifest.createdAt(),
                f1,
                accuracy,
                production,
                manifest.trainingJobId());
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
