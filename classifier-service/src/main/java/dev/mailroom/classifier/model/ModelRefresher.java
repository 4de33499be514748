package dev.mailroom.classifier.model;

import dev.mailroom.classifier.model.ActiveModels.Slot;
import dev.mailroom.contracts.Label;
import dev.mailroom.model.LoadedModel;
import dev.mailroom.model.ModelLoader;
import dev.mailroom.model.Prediction;
import dev.mailroom.model.pkg.ModelIntegrityException;
import dev.mailroom.model.registry.ModelNotFoundException;
import dev.mailroom.model.registry.ModelRegistry;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the serving models in line with the registry's {@code production} aliases. A new version is
 * fetched (every SHA-256 verified), restored and smoke-tested on the calling (background) thread, and
 * only then swapped in. A package that fails is refused for good (versions are immutable) and the
 * current model keeps serving; a registry that cannot be reached is simply tried again next time.
 */
public final class ModelRefresher {

    private static final Logger log = LoggerFactory.getLogger(ModelRefresher.class);
    private static final String SMOKE_TEXT = "Please find attached our invoice, payment due within 30 days.";

    private final ModelRegistry registry;
    private final ActiveModels models;
    private final String textName;
    private final String scannedName;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    public ModelRefresher(ModelRegistry registry, ActiveModels models, String textName, String scannedName) {
        this.registry = registry;
        this.models = models;
        this.textName = textName;
        this.scannedName = scannedName;
    }

    /** Checks both aliases once; never throws. */
    public synchronized void refresh() {
        refresh(Slot.TEXT, textName);
        refresh(Slot.SCANNED, scannedName);
    }

    /** Versions refused since start, as {@code name/version}. */
    public Set<String> refused() {
        return Set.copyOf(refused);
    }

    private void refresh(Slot slot, String name) {
        Optional<String> production;
        try {
            production = registry.production(name);
        } catch (RuntimeException e) {
            log.warn("model registry {} unreachable for {}: {}", registry.location(), name, e.toString());
            return;
        }
        if (production.isEmpty()) {
            return;
        }
        String version = production.get();
        Optional<LoadedModel> current = models.current(slot);
        if (current.isPresent() && version.equals(current.get().ref().version())) {
            return;
        }
        if (refused.contains(name + "/" + version)) {
            return;
        }
        try {
            LoadedModel loaded = ModelLoader.load(registry.fetch(name, version));
            verify(loaded, name, version);
            models.install(slot, loaded);
            log.info(
                    "model {} {} now serves the {} slot (was {})",
                    name,
                    version,
                    slot,
                    current.map(m -> m.ref().version()).orElse("none"));
        } catch (ModelIntegrityException | ModelNotFoundException e) {
            refused.add(name + "/" + version);
            log.error(
                    "refused model {} {}: {}; keeping {}",
                    name,
                    version,
                    e.getMessage(),
                    current.map(m -> m.ref().version()).orElse("none"),
                    e);
        } catch (RuntimeException e) {
            log.warn("could not load model {} {} (will retry): {}", name, version, e.toString());
        }
    }

    /** A package that verifies but cannot classify (wrong name, broken scores) is refused too. */
    private static void verify(LoadedModel loaded, String name, String version) {
        if (!name.equals(loaded.manifest().name())
                || !version.equals(loaded.ref().version())) {
            throw new ModelIntegrityException("package at " + name + "/" + version + " says it is "
                    + loaded.manifest().name() + " " + loaded.ref().version());
        }
        Prediction prediction;
        try {
            prediction = loaded.classify(SMOKE_TEXT, 3);
        } catch (RuntimeException e) {
            throw new ModelIntegrityException("model " + name + " " + version + " fails to classify: " + e, e);
        }
        double sum = prediction.scores().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        boolean finite = prediction.scores().values().stream().allMatch(p -> p >= 0.0 && p <= 1.0);
        Label label = prediction.label();
        if (!finite || Math.abs(sum - 1.0) > 1e-3 || !loaded.labels().contains(label)) {
            throw new ModelIntegrityException(
                    "model " + name + " " + version + " returns invalid scores " + prediction.scores());
        }
    }
}
