package dev.mailroom.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Topic;
import dev.mailroom.localstack.kafka.TopicSetup;
import dev.mailroom.localstack.process.Ports;
import dev.mailroom.localstack.process.Supervisor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The real broker and S3 server as child processes, through the same plan and supervisor as the CLI. */
class InfrastructureIT {

    @TempDir
    Path dir;

    @Test
    void brokerAndS3ServerKeepTheirDataAcrossARestart() throws Exception {
        StackPorts ports =
                new StackPorts(Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free());
        StackOptions options = new StackOptions(
                dir, dir.resolve(".mailroom"), false, ports, 2, 0, true, false, "s3://mailroom", Map.of());
        StackPlan plan = new StackPlan(options);
        List<String> progress = new ArrayList<>();

        try (Supervisor first = new Supervisor(options.logDirectory(), progress::add)) {
            first.start(plan.kafkaPart());
            Map<String, Integer> topics = TopicSetup.ensureTopics(plan.bootstrapServers(), 2);
            first.start(plan.s3Part());

            assertThat(topics)
                    .containsOnlyKeys(List.of(Topic.values()).stream()
                            .map(Topic::defaultName)
                            .toList());
            assertThat(topics)
                    .allSatisfy((name, partitions) -> assertThat(partitions).isEqualTo(2));
            try (KafkaProducer<String, String> producer = producer(plan.bootstrapServers())) {
                ProducerRecord<String, String> record = new ProducerRecord<>(Topic.INGEST.defaultName(), "doc-1", "{}");
                record.headers()
                        .add(Schema.HEADER, Schema.DOCUMENT_INGESTED.id().getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
            try (S3Client s3 = s3(plan)) {
                s3.putObject(
                        b -> b.bucket(StackOptions.BUCKET).key("raw/2026/11/25/doc-1"),
                        RequestBody.fromString("hello mailroom"));
            }
        }
        assertThat(Ports.isFree(ports.kafka())).isTrue();
        assertThat(Ports.isFree(ports.s3())).isTrue();
        assertThat(progress).contains("stopping s3", "stopping kafka");

        try (Supervisor second = new Supervisor(options.logDirectory(), progress::add)) {
            second.start(plan.kafkaPart());
            second.start(plan.s3Part());

            assertThat(TopicSetup.ensureTopics(plan.bootstrapServers(), 2))
                    .containsEntry(Topic.INGEST.defaultName(), 2);
            List<ConsumerRecord<String, String>> records =
                    readAll(plan.bootstrapServers(), Topic.INGEST.defaultName(), 1);
            assertThat(records).extracting(ConsumerRecord::key).containsExactly("doc-1");
            try (S3Client s3 = s3(plan)) {
                assertThat(s3.getObjectAsBytes(
                                        b -> b.bucket(StackOptions.BUCKET).key("raw/2026/11/25/doc-1"))
                                .asUtf8String())
                        .isEqualTo("hello mailroom");
            }
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG, "infrastructure-it",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static S3Client s3(StackPlan plan) {
        return S3Client.builder()
                .endpointOverride(plan.s3Endpoint())
                .region(Region.of(StackOptions.REGION))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(StackOptions.S3_ACCESS_KEY, StackOptions.S3_SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
