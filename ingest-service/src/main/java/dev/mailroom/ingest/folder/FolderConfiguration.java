package dev.mailroom.ingest.folder;

import dev.mailroom.ingest.pipeline.IngestPipeline;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Watches the inbox folder when {@code mailroom.ingest.folder.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FolderProperties.class)
@ConditionalOnProperty(name = "mailroom.ingest.folder.enabled", havingValue = "true")
class FolderConfiguration {

    @Bean
    FolderWatcher folderWatcher(IngestPipeline pipeline, FolderProperties properties, Clock clock) {
        FolderWatcher watcher = new FolderWatcher(
                pipeline,
                properties.path(),
                properties.settleTime(),
                properties.maxSize().toBytes(),
                clock);
        watcher.prepare();
        return watcher;
    }

    @Bean
    FolderPolling folderPolling(FolderWatcher folderWatcher) {
        return new FolderPolling(folderWatcher);
    }

    /** Runs the scans on Spring's scheduler. */
    static final class FolderPolling {

        private final FolderWatcher watcher;

        FolderPolling(FolderWatcher watcher) {
            this.watcher = watcher;
        }

        @Scheduled(fixedDelayString = "${mailroom.ingest.folder.poll-interval}")
        void poll() {
            watcher.poll();
        }
    }
}
