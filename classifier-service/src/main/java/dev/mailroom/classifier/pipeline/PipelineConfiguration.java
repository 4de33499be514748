package dev.mailroom.classifier.pipeline;

import dev.mailroom.classifier.content.RawContentStore;
import dev.mailroom.classifier.decision.DecisionPolicy;
import dev.mailroom.classifier.model.ActiveModels;
import dev.mailroom.classifier.model.ModelProperties;
import dev.mailroom.classifier.ocr.TextExtractor;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pipeline and its metrics. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ClassificationMetrics classificationMetrics(MeterRegistry registry) {
        return new ClassificationMetrics(registry);
    }

    @Bean
    ClassificationPipeline classificationPipeline(
            ActiveModels models,
            DecisionPolicy policy,
            RawContentStore content,
            TextExtractor extractor,
            ClassificationMetrics metrics,
            Clock clock,
            ModelProperties properties) {
        return new ClassificationPipeline(
                models,
                policy,
                content,
                extractor,
                metrics,
                clock,
                properties.explanationSize(),
                properties.maxTextChars());
    }
}
