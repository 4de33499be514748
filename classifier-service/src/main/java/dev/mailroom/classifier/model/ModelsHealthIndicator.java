package dev.mailroom.classifier.model;

import dev.mailroom.classifier.model.ActiveModels.Slot;
import dev.mailroom.model.LoadedModel;
import dev.mailroom.model.registry.ModelRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** {@code models} health (part of readiness): DOWN until a text model serves, with the versions in service. */
final class ModelsHealthIndicator implements HealthIndicator {

    private final ActiveModels models;
    private final ModelRefresher refresher;
    private final ModelRegistry registry;

    ModelsHealthIndicator(ActiveModels models, ModelRefresher refresher, ModelRegistry registry) {
        this.models = models;
        this.refresher = refresher;
        this.registry = registry;
    }

    @Override
    public Health health() {
        Health.Builder health = models.ready() ? Health.up() : Health.down();
        health.withDetail("registry", registry.location());
        health.withDetail(
                "text",
                models.current(Slot.TEXT).map(ModelsHealthIndicator::describe).orElse("none"));
        health.withDetail(
                "scanned",
                models.current(Slot.SCANNED)
                        .map(ModelsHealthIndicator::describe)
                        .orElse("text model (fallback)"));
        if (!refresher.refused().isEmpty()) {
            health.withDetail("refused", refresher.refused());
        }
        return health.build();
    }

    private static String describe(LoadedModel model) {
        return model.ref().name() + " " + model.ref().version();
    }
}
