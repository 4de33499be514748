package dev.mailroom.classifier.model;

import dev.mailroom.model.registry.ModelRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/** The serving models (the registry bean comes from service-support's {@code mailroom.registry.uri} wiring), their background refresh and their version gauge. */
@Configuration(proxyBeanMethods = false)
class ModelConfiguration {

    @Bean
    ActiveModels activeModels(MeterRegistry meters) {
        ActiveModels models = new ActiveModels();
        // mailroom_classifier_model_info{slot,name,version} 1 for each model in service
        MultiGauge gauge = MultiGauge.builder("mailroom.classifier.model.info")
                .description("the model versions in service (value 1)")
                .register(meters);
        models.onSwap(swap -> {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (ActiveModels.Slot slot : ActiveModels.Slot.values()) {
                models.current(slot)
                        .ifPresent(model -> rows.add(MultiGauge.Row.of(
                                Tags.of(
                                        "slot", slot.name().toLowerCase(java.util.Locale.ROOT),
                                        "name", model.ref().name(),
                                        "version", model.ref().version()),
                                1)));
            }
            gauge.register(rows, true);
        });
        return models;
    }

    @Bean
    ModelRefresher modelRefresher(ModelRegistry registry, ActiveModels models, ModelProperties properties) {
        return new ModelRefresher(registry, models, properties.textName(), properties.scannedName());
    }

    @Bean
    ModelRefreshSchedule modelRefreshSchedule(
            ModelRefresher refresher, TaskScheduler scheduler, ModelProperties properties) {
        return new ModelRefreshSchedule(refresher, scheduler, properties.refreshInterval());
    }

    @Bean
    ModelsHealthIndicator modelsHealthIndicator(ActiveModels models, ModelRefresher refresher, ModelRegistry registry) {
        return new ModelsHealthIndicator(models, refresher, registry);
    }
}
