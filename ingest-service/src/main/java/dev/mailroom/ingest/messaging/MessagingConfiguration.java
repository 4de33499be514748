package dev.mailroom.ingest.messaging;

import dev.mailroom.contracts.EventCodec;
import dev.mailroom.service.kafka.TopicsProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The idempotent producer (connection from {@code spring.kafka.*}) and the publisher on top of it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProducerProperties.class)
class MessagingConfiguration {

    @Bean(destroyMethod = "close")
    Producer<String, byte[]> ingestProducer(KafkaProperties kafka, ProducerProperties properties) {
        return new KafkaProducer<>(
                KafkaEventPublisher.producerConfig(kafka.buildProducerProperties(), properties.deliveryTimeout()));
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
