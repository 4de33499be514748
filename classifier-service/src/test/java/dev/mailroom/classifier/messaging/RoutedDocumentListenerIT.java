package dev.mailroom.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classifier.ClassifierServiceIT;
import dev.mailroom.classifier.model.ActiveModels;
import dev.mailroom.classifier.ocr.PageImages;
import dev.mailroom.contracts.Channel;
import dev.mailroom.contracts.ContentRefs;
import dev.mailroom.contracts.DocumentClassified;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.Label;
import dev.mailroom.contracts.OriginalRecord;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Route;
import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Source;
import dev.mailroom.contracts.Stage;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Both listeners against a real embedded broker: outcomes, rejections and the poison record. */
class RoutedDocumentListenerIT extends ClassifierServiceIT {

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
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
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

    @Test
    void textRouteRecordIsClassifiedToTheOutcomeTopic() {
        DocumentRouted routed =
                routed(Route.TEXT, "we hereby order: purchase order PO number 77, please deliver to our address", null);
        send(routed);

        ConsumerRecord<String, byte[]> out = awaitOutput(routed.documentId().toString());

        assertThat(out.topic()).isEqualTo(Topic.Names.CLASSIFIED);
        assertThat(schema(out)).isEqualTo(Schema.DOCUMENT_CLASSIFIED.id());
        DocumentClassified outcome = CODEC.decode(out.value(), DocumentClassified.class);
        assertThat(outcome.documentId()).isEqualTo(routed.documentId());
        assertThat(outcome.label()).isEqualTo(Label.PURCHASE_ORDER);
        assertThat(outcome.department()).isEqualTo("sales");
        assertThat(outcome.route()).isEqualTo(Route.TEXT);
        assertThat(outcome.source()).isEqualTo(routed.source());
        assertThat(outcome.receivedAt()).isEqualTo(RECEIVED);
        assertThat(outcome.model().version()).isNotBlank();
        assertThat(outcome.explanation()).isNotEmpty();
    }

    @Test
    void scannedRouteRecordIsReadFromS3ThroughOcr() {
        DocumentRouted routed = routed(Route.SCANNED, null, null);
        byte[] png = PageImages.png(
                List.of("INVOICE number 4711", "Amount due: 1250 EUR", "Payment within 30 days by bank transfer"));
        try (S3Client s3 = S3.client()) {
            s3.putObject(
                    b -> b.bucket(BUCKET)
                            .key(ContentRefs.parse(routed.contentRef()).key()),
                    RequestBody.fromBytes(png));
        }
        send(routed);

        ConsumerRecord<String, byte[]> out = awaitOutput(routed.documentId().toString());

        assertThat(out.topic()).isEqualTo(Topic.Names.CLASSIFIED);
        DocumentClassified outcome = CODEC.decode(out.value(), DocumentClassified.class);
        assertThat(outcome.route()).isEqualTo(Route.SCANNED);
        assertThat(outcome.label()).isEqualTo(Label.INVOICE);
        assertThat(outcome.model().name()).isEqualTo(TEXT_MODEL);
    }

    @Test
    void contentRefOutsideTheBucketIsRejectedWithTheOriginalRecord() {
        UUID id = UUID.randomUUID();
        DocumentRouted routed = routed(Route.SCANNED, null, ContentRefs.rawRef("elsewhere", RECEIVED, id));
        byte[] value = CODEC.encode(routed);
        send(Topic.Names.SCANNED, routed.documentId().toString(), value, true);

        ConsumerRecord<String, byte[]> out = awaitOutput(routed.documentId().toString());

        assertThat(out.topic()).isEqualTo(Topic.Names.REJECTED);
        assertThat(schema(out)).isEqualTo(Schema.DOCUMENT_REJECTED.id());
        DocumentRejected rejected = CODEC.decode(out.value(), DocumentRejected.class);
        assertThat(rejected.stage()).isEqualTo(Stage.CLASSIFIER);
        assertThat(rejected.reason()).isEqualTo(RejectReason.INVALID_CONTENT_REF);
        assertThat(rejected.documentId()).isEqualTo(routed.documentId());
        assertThat(rejected.detail()).contains("outside the configured bucket");
        assertThat(rejected.original().topic()).isEqualTo(Topic.Names.SCANNED);
        assertThat(rejected.original().bytes()).isEqualTo(value);
    }

    @Test
    void poisonRecordIsRejectedWhileTheNextRecordIsStillClassified() {
        byte[] poison = {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, 0x7B};
        String poisonKey = "poison-" + UUID.randomUUID();
        send(Topic.Names.TEXT, poisonKey, poison, true);
        DocumentRouted next =
                routed(Route.TEXT, "application for the position, my curriculum vitae and cover letter", null);
        send(next);

        ConsumerRecord<String, byte[]> rejectedRecord = awaitOutput(poisonKey);
        ConsumerRecord<String, byte[]> classifiedRecord =
                awaitOutput(next.documentId().toString());

        assertThat(rejectedRecord.topic()).isEqualTo(Topic.Names.REJECTED);
        DocumentRejected rejected = CODEC.decode(rejectedRecord.value(), DocumentRejected.class);
        assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED);
        assertThat(rejected.documentId()).isNull();
        assertThat(rejected.original().encoding()).isEqualTo(OriginalRecord.Encoding.BASE64);
        assertThat(rejected.original().bytes()).isEqualTo(poison);
        assertThat(classifiedRecord.topic()).isEqualTo(Topic.Names.CLASSIFIED);
        assertThat(CODEC.decode(classifiedRecord.value(), DocumentClassified.class)
                        .label())
                .isEqualTo(Label.JOB_APPLICATION);
    }

    @Test
    void recordWithAMissingFieldIsRejectedAsMalformedNamingTheField() {
        String key = "missing-" + UUID.randomUUID();
        String json = CODEC.encodeToString(routed(Route.TEXT, "invoice", null)).replace("\"contentType\"", "\"ct\"");
        send(Topic.Names.TEXT, key, json.getBytes(StandardCharsets.UTF_8), false);

        DocumentRejected rejected = CODEC.decode(awaitOutput(key).value(), DocumentRejected.class);

        assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED);
        assertThat(rejected.detail()).contains("contentType");
        assertThat(rejected.original().encoding()).isEqualTo(OriginalRecord.Encoding.UTF_8);
        assertThat(rejected.original().value()).isEqualTo(json);
    }
}
