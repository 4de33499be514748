package dev.mailroom.ingest;

import dev.mailroom.ingest.pipeline.ContentAnalyzer;
import dev.mailroom.ingest.pipeline.EventPublisher;
import dev.mailroom.ingest.pipeline.IngestPipeline;
import dev.mailroom.ingest.pipeline.RawStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link IngestPipeline} every channel uses. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IngestPipeline ingestPipeline(
            ContentAnalyzer analyzer, RawStore store, EventPublisher publisher, Clock clock, MeterRegistry meters) {
        return new IngestPipeline(analyzer, store, publisher, clock, UUID::randomUUID, meters);
    }
}
