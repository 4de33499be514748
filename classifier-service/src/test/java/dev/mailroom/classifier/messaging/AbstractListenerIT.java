package dev.mailroom.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classifier.ClassifierServiceIT;
import dev.mailroom.classifier.model.ActiveModels;
import dev.mailroom.contracts.Channel;
import dev.mailroom.contracts.ContentRefs;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.Route;
import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Source;
import dev.mailroom.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * What the listener integration tests share: a producer onto the routed topics and a {@code read_committed}
 * consumer of the outcome and rejected topics, against the service's embedded broker.
 */
abstract class AbstractListenerIT extends ClassifierServiceIT {

    static final EventCodec CODEC = new EventCodec();
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final Instant RECEIVED = Instant.parse("2026-11-25T09:00:00Z");

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ActiveModels models;

    KafkaProducer<String, byte[]> producer;
    KafkaConsumer<String, byte[]> consumer;
    final Map<String, ConsumerRecord<String, byte[]>> seen = new HashMap<>();

    @BeforeEach
    void connect() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(models::ready);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer = new KafkaProducer<>(p);
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer = new KafkaConsumer<>(c);
        consumer.subscribe(List.of(Topic.Names.CLASSIFIED, Topic.Names.REJECTED));
    }

    @AfterEach
    void disconnect() {
        producer.close();
        consumer.close();
    }

    DocumentRouted routed(Route route, String text, String contentRef) {
        UUID id = UUID.randomUUID();
        return new DocumentRouted(
                id,
                RECEIVED,
                new Source(Channel.IMAP, "clerk@example.com", "scan", "doc.png"),
                route == Route.TEXT ? "text/plain" : "image/png",
                100,
                SHA,
                contentRef != null ? contentRef : ContentRefs.rawRef(BUCKET, RECEIVED, id),
                text,
                route == Route.TEXT,
                1,
                route,
                RECEIVED.plusSeconds(1));
    }

    void send(String topic, String key, byte[] value, boolean withHeader) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        if (withHeader) {
            record.headers().add(Schema.HEADER, Schema.DOCUMENT_ROUTED.id().getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record);
        producer.flush();
    }

    void send(DocumentRouted routed) {
        String topic = routed.route() == Route.TEXT ? Topic.Names.TEXT : Topic.Names.SCANNED;
        send(topic, routed.documentId().toString(), CODEC.encode(routed), true);
    }

    /** The output record (classified or rejected) keyed {@code key}, waiting for it. */
    ConsumerRecord<String, byte[]> awaitOutput(String key) {
        // generous: a hostile document may cost a worker JVM restart, which takes tens of seconds on a loaded
        // 2-core CI machine (seen: 136 s for one case at load 35); a healthy run answers in seconds
        Awaitility.await()
                .atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ZERO)
                .until(() -> {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                        seen.put(r.topic() + "/" + r.key(), r);
                    }
                    return seen.keySet().stream().anyMatch(k -> k.endsWith("/" + key));
                });
        List<ConsumerRecord<String, byte[]>> matches = new ArrayList<>();
        seen.forEach((k, r) -> {
            if (k.endsWith("/" + key)) {
                matches.add(r);
            }
        });
        assertThat(matches).as("exactly one output for %s", key).hasSize(1);
        return matches.get(0);
    }

    static String schema(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader(Schema.HEADER).value(), StandardCharsets.UTF_8);
    }
}
