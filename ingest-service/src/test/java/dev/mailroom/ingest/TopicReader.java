package dev.mailroom.ingest;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.Schema;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the ingest and rejected topics from the beginning and decodes every record strictly. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final EventCodec codec = new EventCodec();
    private final String ingestTopic;
    private final List<DocumentIngested> ingested = new ArrayList<>();
    private final List<DocumentRejected> rejected = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    public TopicReader(String bootstrapServers, String ingestTopic, String rejectedTopic) {
        this.ingestTopic = ingestTopic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
        // assigned, not subscribed: no consumer-group join to wait for
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(ingestTopic, rejectedTopic)) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls until {@code done} holds or {@code timeout} passes; returns whether it held. */
    public synchronized boolean pollUntil(Predicate<TopicReader> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(this)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                accept(record);
            }
        }
        return true;
    }

    private void accept(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(Schema.HEADER);
        String schema = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        if (record.topic().equals(ingestTopic)) {
            DocumentIngested event = codec.decode(schema, record.value(), DocumentIngested.class);
            check(record, event.documentId());
            ingested.add(event);
        } else {
            DocumentRejected event = codec.decode(schema, record.value(), DocumentRejected.class);
            check(record, event.documentId());
            rejected.add(event);
        }
    }

    private void check(ConsumerRecord<String, byte[]> record, UUID documentId) {
        if (!String.valueOf(documentId).equals(record.key())) {
            problems.add("key " + record.key() + " is not the documentId " + documentId);
        }
    }

    public synchronized List<DocumentIngested> ingested() {
        return List.copyOf(ingested);
    }

    public synchronized List<DocumentRejected> rejected() {
        return List.copyOf(rejected);
    }

    /** Records whose key was not their documentId. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    public DocumentIngested ingested(UUID documentId) {
        return ingested().stream()
                .filter(e -> e.documentId().equals(documentId))
                .findFirst()
                .orElse(null);
    }

    public DocumentRejected rejected(UUID documentId) {
        return rejected().stream()
                .filter(e -> e.documentId().equals(documentId))
                .findFirst()
                .orElse(null);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
