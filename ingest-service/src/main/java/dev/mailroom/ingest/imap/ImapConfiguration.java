package dev.mailroom.ingest.imap;

import dev.mailroom.ingest.pipeline.IngestPipeline;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Polls the mailbox when {@code mailroom.ingest.imap.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImapProperties.class)
@ConditionalOnProperty(name = "mailroom.ingest.imap.enabled", havingValue = "true")
class ImapConfiguration {

    @Bean
    MailboxPoller mailboxPoller(IngestPipeline pipeline, ImapProperties properties) {
        return new MailboxPoller(pipeline, properties);
    }

    @Bean
    MailboxPolling mailboxPolling(MailboxPoller mailboxPoller) {
        return new MailboxPolling(mailboxPoller);
    }

    /** Runs the polls on Spring's scheduler. */
    static final class MailboxPolling {

        private final MailboxPoller poller;

        MailboxPolling(MailboxPoller poller) {
            this.poller = poller;
        }

        @Scheduled(fixedDelayString = "${mailroom.ingest.imap.poll-interval}")
        void poll() {
            poller.poll();
        }
    }
}
