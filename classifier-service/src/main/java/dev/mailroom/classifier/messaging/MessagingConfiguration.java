package dev.mailroom.classifier.messaging;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.classifier.model.ActiveModels;
import dev.mailroom.classifier.pipeline.ClassificationMetrics;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.EventFormatException;
import dev.mailroom.service.kafka.TopicsProperties;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Failure handling of the transactional listeners, and their start once a model serves. With a Kafka
 * transaction manager a failed record rolls the transaction back and the after-rollback processor (the
 * transactional counterpart of {@code DefaultErrorHandler}) re-seeks it: bounded fixed back-off, then
 * the recoverer writes a {@code document.rejected.v1} and the offset is committed in a new transaction,
 * so the partition moves on.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    Rejections rejections(EventCodec codec, TopicsProperties topics, Clock clock) {
        return new Rejections(codec, topics.rejected(), clock);
    }

    /**
     * The text route's container factory: Boot's settings (transaction manager, after-rollback processor,
     * consumer properties) with batch delivery, so one Kafka transaction covers a whole poll.
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> textBatchListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        return factory;
    }

    @Bean
    DefaultAfterRollbackProcessor<Object, Object> afterRollbackProcessor(
            KafkaTemplate<String, byte[]> template,
            Rejections rejections,
            ClassificationMetrics metrics,
            MessagingProperties properties) {
        ConsumerRecordRecoverer recoverer = (record, failure) -> {
            @SuppressWarnings("unchecked")
            ConsumerRecord<String, byte[]> failed = (ConsumerRecord<String, byte[]>) record;
            log.error(
                    "giving up on {}-{}@{} after retries: {}",
                    failed.topic(),
                    failed.partition(),
                    failed.offset(),
                    Rejections.unwrap(failure).toString());
            metrics.rejected(Rejections.reason(failure), null);
            template.send(rejections.of(failed, failure));
        };
        DefaultAfterRollbackProcessor<Object, Object> processor = new DefaultAfterRollbackProcessor<>(
                recoverer,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts()),
                template,
                true);
        processor.addNotRetryableExceptions(RejectionException.class, EventFormatException.class);
        return processor;
    }

    /** {@code kafkaListeners} health: DOWN when a started listener container stopped (liveness and readiness). */
    @Bean
    ListenerContainersHealthIndicator kafkaListenersHealthIndicator(KafkaListenerEndpointRegistry registry) {
        return new ListenerContainersHealthIndicator(registry);
    }

    /** Listeners start only once a text model serves: before that every record would fail. */
    @EventListener(ApplicationReadyEvent.class)
    void startListenersWhenModelsServe(ApplicationReadyEvent event) {
        if (!event.getApplicationContext().getBean(MessagingProperties.class).enabled()) {
            log.info("Kafka listeners disabled (mailroom.classifier.kafka.enabled=false): REST only");
            return;
        }
        ActiveModels models = event.getApplicationContext().getBean(ActiveModels.class);
        KafkaListenerEndpointRegistry registry =
                event.getApplicationContext().getBean(KafkaListenerEndpointRegistry.class);
        models.whenReady(() -> {
            for (String id :
                    new String[] {RoutedDocumentListener.TEXT_LISTENER, RoutedDocumentListener.SCANNED_LISTENER}) {
                var container = registry.getListenerContainer(id);
                if (container != null && !container.isRunning()) {
                    container.start();
                    log.info("listener {} started", id);
                }
            }
        });
    }
}
