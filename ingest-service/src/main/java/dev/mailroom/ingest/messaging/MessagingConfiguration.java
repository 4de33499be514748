package dev.mailroom.ingest.messaging;

import dev.mailroom.contracts.EventCodec;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The idempotent producer (connection from {@code spring.kafka.*}) and the publisher on top of it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TopicsProperties.class, ProducerProperties.class})
class MessagingConfiguration {

    @Bean(destroyMethod = "close")
    Producer<String, byte[]> ingestProducer(KafkaProperties kafka, ProducerProperties properties) {
        return new KafkaProducer<>(producerConfig(kafka.buildProducerProperties(), properties.deliveryTimeout()));
    }

    /** Spring's producer settings, with the guarantees ingest depends on forced on. */
    static Map<String, Object> producerConfig(Map<String, Object> base, Duration deliveryTimeout) {
        Map<String, Object> config = new HashMap<>(base);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, deliveryTimeout.toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 30_000));
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service");
        return config;
    }

    @Bean
    KafkaEventPublisher eventPublisher(
            Producer<String, byte[]> ingestProducer, TopicsProperties topics, ProducerProperties properties) {
        return new KafkaEventPublisher(
                ingestProducer,
                new EventCodec(),
                topics,
                properties.deliveryTimeout().plusSeconds(5));
    }

    @Bean
    @ConditionalOnProperty(name = "mailroom.ingest.kafka.create-topics", havingValue = "true")
    NewTopic ingestTopic(TopicsProperties topics, ProducerProperties properties) {
        return new NewTopic(topics.ingest(), properties.partitions(), properties.replicas());
    }

    @Bean
    @ConditionalOnProperty(name = "mailroom.ingest.kafka.create-topics", havingValue = "true")
    NewTopic rejectedTopic(TopicsProperties topics, ProducerProperties properties) {
        return new NewTopic(topics.rejected(), properties.partitions(), properties.replicas());
    }
}
