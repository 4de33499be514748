package dev.mailroom.router;

import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The real Kafka source and exactly-once sink of the job, built from {@link RouterConfig}. */
final class KafkaConnectors {

    private KafkaConnectors() {}

    /**
     * The pass-through client properties (timeouts, ...), then the authentication of {@code --kafka-auth} and
     * {@code --kafka-tls}; the settings exactly-once needs are set after.
     */
    static Properties properties(RouterConfig config) {
        Properties properties = new Properties();
        properties.putAll(config.kafkaProperties());
        properties.putAll(config.kafkaSecurity().clientProperties());
        return properties;
    }

    /** Reads the ingest topic from the committed group offsets (earliest on first start), read_committed. */
    @SuppressWarnings("deprecation") // OffsetResetStrategy: the connector's API still takes it
    static KafkaSource<InboundRecord> source(RouterConfig config) {
        return KafkaSource.<InboundRecord>builder()
                .setProperties(properties(config))
                .setBootstrapServers(config.bootstrapServers())
                .setTopics(config.ingestTopic())
                .setGroupId(config.groupId())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new IngestDeserializer())
                .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .setProperty("commit.offsets.on.checkpoint", "true")
                .setProperty("partition.discovery.interval.ms", "60000")
                .build();
    }

    /** Writes all three output topics in one Kafka transaction per checkpoint. */
    static KafkaSink<OutboundRecord> sink(RouterConfig config) {
        return KafkaSink.<OutboundRecord>builder()
                .setKafkaProducerConfig(properties(config))
                .setBootstrapServers(config.bootstrapServers())
                .setRecordSerializer(new OutboundSerializer(config))
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix(config.transactionalIdPrefix())
                .setProperty(
                        ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                        Long.toString(config.transactionTimeout().toMillis()))
                .setProperty(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(RouterConfig.MAX_REQUEST_BYTES))
                .build();
    }
}
