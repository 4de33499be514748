package dev.mailroom.ingest.messaging;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.Schema;
import dev.mailroom.ingest.pipeline.DeliveryException;
import dev.mailroom.ingest.pipeline.EventPublisher;
import dev.mailroom.service.kafka.TopicsProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends each event and blocks until the broker acknowledged it (acks=all). */
public final class KafkaEventPublisher implements EventPublisher {

    private final Producer<String, byte[]> producer;
    private final EventCodec codec;
    private final TopicsProperties topics;
    private final Duration timeout;

    /**
     * A publisher over {@code producer}, which must be idempotent with acks=all.
     *
     * @param timeout how long to wait for an acknowledgement beyond the producer's own delivery timeout
     */
    public KafkaEventPublisher(
            Producer<String, byte[]> producer, EventCodec codec, TopicsProperties topics, Duration timeout) {
        this.producer = producer;
        this.codec = codec;
        this.topics = topics;
        this.timeout = timeout;
    }

    /** Spring's producer settings, with the guarantees ingest depends on forced on. */
    public static Map<String, Object> producerConfig(Map<String, Object> base, Duration deliveryTimeout) {
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

    @Override
    public void ingested(DocumentIngested event) {
        send(topics.ingest(), event.documentId(), Schema.DOCUMENT_INGESTED, codec.encode(event));
    }

    @Override
    public void rejected(DocumentRejected event) {
        send(topics.rejected(), event.documentId(), Schema.DOCUMENT_REJECTED, codec.encode(event));
    }

    private void send(String topic, UUID documentId, Schema schema, byte[] value) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic, documentId == null ? null : documentId.toString(), value);
        record.headers().add(Schema.HEADER, schema.id().getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new DeliveryException(
                    "Kafka did not acknowledge " + documentId + " on " + topic + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException | KafkaException | IllegalStateException e) {
            throw new DeliveryException("Kafka did not acknowledge " + documentId + " on " + topic + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while waiting for Kafka", e);
        }
    }
}
