package dev.mailroom.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classifier.ClassifierServiceIT;
import dev.mailroom.classifier.testing.FlakyListener;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.SampleEvents;
import dev.mailroom.contracts.Stage;
import dev.mailroom.contracts.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * The transactional failure path with the service's after-rollback processor: a record that keeps
 * failing for a non-rejection reason (like an S3 outage) is retried a bounded number of times, then
 * rejected as {@code classification-failed} with its decoded document, and the partition moves on. The
 * {@link FlakyListener} on its own topic shares the service's container factory and after-rollback processor.
 */
class AfterRollbackRecoveryIT extends ClassifierServiceIT {

    static final String TOPIC = FlakyListener.TOPIC;
    static final EventCodec CODEC = new EventCodec();

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    FlakyListener listener;

    @Test
    void failingRecordIsRetriedThenRejectedAndTheNextRecordIsProcessed() {
        DocumentRouted failing = SampleEvents.routed();
        String failKey = "fail-" + UUID.randomUUID();
        String next = "next-" + UUID.randomUUID();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(TOPIC, failKey, CODEC.encode(failing)));
            producer.send(new ProducerRecord<>(TOPIC, next, new byte[] {1}));
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listener.processed.contains(next));
        ConsumerRecord<String, byte[]> rejected =
                readRejected(failing.documentId().toString());

        assertThat(listener.attempts.get(failKey).get()).isEqualTo(3);
        assertThat(listener.processed).containsExactly(next);
        DocumentRejected event = CODEC.decode(rejected.value(), DocumentRejected.class);
        assertThat(event.stage()).isEqualTo(Stage.CLASSIFIER);
        assertThat(event.reason()).isEqualTo(RejectReason.CLASSIFICATION_FAILED);
        assertThat(event.detail()).startsWith("S3 is down");
        assertThat(event.documentId()).isEqualTo(failing.documentId());
        assertThat(event.original().topic()).isEqualTo(TOPIC);
        assertThat(event.original().bytes()).isEqualTo(CODEC.encode(failing));
    }

    /** The one rejected record keyed {@code key}, read committed. */
    ConsumerRecord<String, byte[]> readRejected(String key) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c)) {
            consumer.subscribe(List.of(Topic.Names.REJECTED));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        records.add(r);
                    }
                });
                return !records.isEmpty();
            });
            consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                if (key.equals(r.key())) {
                    records.add(r);
                }
            });
        }
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
