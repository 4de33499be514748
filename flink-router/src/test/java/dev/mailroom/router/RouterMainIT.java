package dev.mailroom.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Schema;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as local-stack starts it: {@code java -jar flink-router.jar --local ...}, against a real broker. */
class RouterMainIT {

    private static final Path JAR = Path.of("target", "flink-router.jar");

    @RegisterExtension
    static final EmbeddedKafka kafka = new EmbeddedKafka();

    private final EventCodec codec = new EventCodec();

    @TempDir
    Path work;

    @Test
    void shadedJarRunsTheJobOnALocalMiniCluster() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String ingest = "ingest-" + run;
        String text = "text-" + run;
        String scanned = "scanned-" + run;
        String rejected = "rejected-" + run;
        kafka.createTopics(1, ingest, text, scanned, rejected);
        DocumentIngested invoice = TestDocuments.text("INVOICE 2026-77: amount due EUR 980.00 within 14 days");
        DocumentIngested scan = TestDocuments.scan("scan-" + run, "image/png");
        kafka.send(ingest, invoice.documentId().toString(), Schema.DOCUMENT_INGESTED.id(), TestDocuments.json(invoice));
        kafka.send(ingest, scan.documentId().toString(), Schema.DOCUMENT_INGESTED.id(), TestDocuments.json(scan));
        kafka.send(ingest, null, Schema.DOCUMENT_INGESTED.id(), "{oops".getBytes(StandardCharsets.UTF_8));

        Process router = java(
                "-jar",
                JAR.toString(),
                "--local",
                "--bootstrap-servers",
                kafka.bootstrapServers(),
                "--ingest-topic",
                ingest,
                "--text-topic",
                text,
                "--scanned-topic",
                scanned,
                "--rejected-topic",
                rejected,
                "--checkpoint-interval",
                "1s",
                "--checkpoint-dir",
                work.resolve("checkpoints").toUri().toString());
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            while (kafka.readCommitted(rejected).isEmpty()
                    || kafka.readCommitted(text).isEmpty()
                    || kafka.readCommitted(scanned).isEmpty()) {
                assertThat(router.isAlive())
                        .as("router process alive, log: %s", log())
                        .isTrue();
                assertThat(System.nanoTime())
                        .as("output within 150 s, log: %s", log())
                        .isLessThan(deadline);
                Thread.sleep(500);
            }
        } finally {
            router.destroy();
            if (!router.waitFor(20, TimeUnit.SECONDS)) {
                router.destroyForcibly();
            }
        }

        assertThat(kafka.readCommitted(text))
                .extracting(ConsumerRecord::key)
                .containsExactly(invoice.documentId().toString());
        assertThat(kafka.readCommitted(scanned))
                .extracting(ConsumerRecord::key)
                .containsExactly(scan.documentId().toString());
        assertThat(kafka.readCommitted(rejected)).singleElement().satisfies(record -> assertThat(
                        codec.decode(record.value(), DocumentRejected.class).reason())
                .isEqualTo(RejectReason.MALFORMED));
    }

    @Test
    void badConfigurationExitsWithStatusTwoNamingTheKey() throws Exception {
        Process router = java("-jar", JAR.toString(), "--dedup-ttl", "soon");

        assertThat(router.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(router.exitValue()).isEqualTo(2);
        assertThat(log()).contains("--dedup-ttl 'soon'");
    }

    private Process java(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(List.of(args));
        File log = work.resolve("router.log").toFile();
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
    }

    private String log() {
        try {
            return Files.readString(work.resolve("router.log"));
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
