package dev.mailroom.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.OriginalRecord;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Route;
import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RpcOptions;
import org.apache.flink.core.execution.CheckpointType;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.InjectClusterClient;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on a Flink MiniCluster against a real Kafka broker: valid, malformed and duplicate records in,
 * exact counts out, across a cancel and a restore from the retained checkpoint, read with read_committed.
 */
class RouterJobIT {

    private static final int PARALLELISM = 2;

    private static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setConfiguration(METRICS.addToConfiguration(
                    // triggerCheckpoint waits for completion within this timeout; on a busy machine the default
                    // can expire while the checkpoint goes on, which would commit records the test sends later.
                    new Configuration().set(RpcOptions.ASK_TIMEOUT_DURATION, Duration.ofMinutes(2))))
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(PARALLELISM)
            .build());

    @RegisterExtension
    static final EmbeddedKafka kafka = new EmbeddedKafka();

    private ClusterClient<?> flink;

    private final EventCodec codec = new EventCodec();

    @TempDir
    Path checkpoints;

    private String ingest;
    private String text;
    private String scanned;
    private String rejected;

    /** What must come out: the document ids per output topic, and the reject reasons. */
    private final List<UUID> expectedText = new ArrayList<>();

    private final List<UUID> expectedScanned = new ArrayList<>();
    private final Map<RejectReason, Integer> expectedReasons = new HashMap<>();
    private final Map<UUID, UUID> expectedDuplicateOf = new HashMap<>();

    @Test
    void routesEveryRecordExactlyOnceAcrossARestartFromTheRetainedCheckpoint(
            @InjectClusterClient ClusterClient<?> flink) throws Exception {
        this.flink = flink;
        String run = UUID.randomUUID().toString().substring(0, 8);
        ingest = "ingest-" + run;
        text = "text-" + run;
        scanned = "scanned-" + run;
        rejected = "rejected-" + run;
        kafka.createTopics(1, ingest);
        kafka.createTopics(2, text, scanned, rejected);
        List<String> args = List.of(
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
                "--group-id",
                "router-" + run,
                "--transactional-id-prefix",
                "router-" + run,
                // Checkpoints are triggered by the test, so it knows exactly what is committed when it cancels.
                "--checkpoint-interval",
                "10m",
                "--checkpoint-dir",
                checkpoints.toUri().toString(),
                "--parallelism",
                Integer.toString(PARALLELISM),
                "--max-record-bytes",
                "4096");

        JobClient first = start(args);
        List<DocumentIngested> batch1 = sendFirstBatch();
        checkpointUntilCommitted(first);

        // Records processed but not committed when the job goes down must show up once, after the restore.
        List<UUID> uncommitted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            DocumentIngested order = TestDocuments.text(
                    "Purchase order PO-" + run + "-" + i + " for 40 office chairs, delivery in May.");
            sendDocument(order, Route.TEXT);
            uncommitted.add(order.documentId());
        }
        List<String> uncommittedKeys = uncommitted.stream().map(UUID::toString).toList();
        await(() -> keys(kafka.readUncommitted(text)).containsAll(uncommittedKeys), Duration.ofSeconds(30));
        assertThat(keys(kafka.readCommitted(text))).doesNotContainAnyElementsOf(uncommittedKeys);
        first.cancel().get();
        await(() -> status(first).isGloballyTerminalState(), Duration.ofSeconds(30));

        Path checkpoint = RetainedCheckpoints.latest(checkpoints).orElseThrow();
        List<String> restoreArgs = new ArrayList<>(args);
        restoreArgs.addAll(List.of("--restore-from", checkpoint.toUri().toString()));
        JobClient second = start(restoreArgs);

        sendDocument(
                TestDocuments.text("Job application: experienced accountant, CV attached, available June."),
                Route.TEXT);
        sendDocument(TestDocuments.scan("scan-after-restart", "image/tiff"), Route.SCANNED);
        DocumentIngested duplicateAcrossRestart = TestDocuments.duplicateOf(batch1.get(0));
        sendDuplicate(duplicateAcrossRestart, batch1.get(0));
        byte[] wrongType = new String(
                        TestDocuments.json(TestDocuments.text("pages are not a number here, are they")),
                        StandardCharsets.UTF_8)
                .replace("\"pages\":1", "\"pages\":\"many\"")
                .getBytes(StandardCharsets.UTF_8);
        sendMalformed(Schema.DOCUMENT_INGESTED.id(), wrongType, RejectReason.MALFORMED);
        checkpointUntilCommitted(second);
        second.cancel().get();

        // The restored job counted what it processed after the checkpoint: the 6 replayed orders and batch 3.
        assertThat(counter(second, "route.text.documentsRouted")).isEqualTo(uncommitted.size() + 1);
        assertThat(counter(second, "route.scanned.documentsRouted")).isEqualTo(1);
        assertThat(counter(second, "reason.duplicate.documentsRejected")).isEqualTo(1);
        assertThat(counter(second, "reason.malformed.documentsRejected")).isEqualTo(1);
        assertThat(counter(second, "reason.unreadable.documentsRejected")).isZero();

        // The aborted first attempt is still in the log (read_uncommitted), the committed view has each once.
        assertThat(keys(kafka.readUncommitted(text)))
                .filteredOn(uncommittedKeys::contains)
                .hasSize(2 * uncommitted.size());

        assertRoutedExactlyOnce(text, expectedText, Route.TEXT);
        assertRoutedExactlyOnce(scanned, expectedScanned, Route.SCANNED);
        List<DocumentRejected> rejects = kafka.readCommitted(rejected).stream()
                .peek(record -> assertSchemaHeader(record, Schema.DOCUMENT_REJECTED))
                .map(record -> codec.decode(record.value(), DocumentRejected.class))
                .toList();
        assertThat(rejects.stream()
                        .collect(Collectors.groupingBy(DocumentRejected::reason, Collectors.summingInt(r -> 1))))
                .isEqualTo(expectedReasons);
        assertThat(rejects).allSatisfy(reject -> {
            assertThat(reject.stage()).isEqualTo(Stage.ROUTER);
            assertThat(reject.original()).isNotNull();
        });
        assertThat(rejects.stream()
                        .filter(r -> r.reason() == RejectReason.DUPLICATE)
                        .collect(Collectors.toMap(DocumentRejected::documentId, DocumentRejected::duplicateOf)))
                .isEqualTo(expectedDuplicateOf);
        assertThat(rejects)
                .filteredOn(r -> r.original().encoding() == OriginalRecord.Encoding.BASE64)
                .singleElement()
                .satisfies(r -> assertThat(r.original().bytes()).isEqualTo(BINARY));
        assertThat(kafka.readCommitted(text))
                .filteredOn(record -> record.key().equals(htmlDocumentId.toString()))
                .singleElement()
                .satisfies(record -> assertThat(codec.decode(record.value(), DocumentRouted.class)
                                .text())
                        .isEqualTo("Dear team, please find our offer for 20 ergonomic chairs attached. Kind regards"));
    }

    private static final byte[] BINARY = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2};
    private UUID htmlDocumentId;

    /** 10 text, 5 scanned, 2 unreadable, 7 malformed or too large, 3 duplicates. */
    private List<DocumentIngested> sendFirstBatch() throws Exception {
        List<DocumentIngested> texts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            DocumentIngested doc = TestDocuments.text("INVOICE INV-" + UUID.randomUUID() + "\nAmount due: EUR "
                    + (100 + i) + ".00\nPayable within 30 days.");
            texts.add(doc);
            sendDocument(doc, Route.TEXT);
        }
        DocumentIngested html = TestDocuments.text(
                "<html><body><p>Dear team,</p><p>please find our offer for 20"
                        + " ergonomic chairs attached.</p><p>Kind regards</p><blockquote>old thread</blockquote></body></html>");
        htmlDocumentId = html.documentId();
        sendDocument(html, Route.TEXT);
        for (String type : List.of("image/png", "image/jpeg", "image/tiff")) {
            sendDocument(TestDocuments.scan("scan-" + UUID.randomUUID(), type), Route.SCANNED);
        }
        for (int i = 0; i < 2; i++) {
            sendDocument(TestDocuments.scan("pdf-" + UUID.randomUUID(), "application/pdf"), Route.SCANNED);
        }
        for (String nothing : List.of("ok", "see attachment")) {
            DocumentIngested doc = TestDocuments.unreadable(
                    nothing + UUID.randomUUID().toString().substring(0, 1));
            kafka.send(ingest, doc.documentId().toString(), Schema.DOCUMENT_INGESTED.id(), TestDocuments.json(doc));
            expectedReasons.merge(RejectReason.UNREADABLE, 1, Integer::sum);
        }
        String valid = new String(
                TestDocuments.json(TestDocuments.text("a perfectly fine text but for the header")),
                StandardCharsets.UTF_8);
        sendMalformed(
                Schema.DOCUMENT_INGESTED.id(), "{not json".getBytes(StandardCharsets.UTF_8), RejectReason.MALFORMED);
        sendMalformed(
                Schema.DOCUMENT_INGESTED.id(),
                ("{\"documentId\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8),
                RejectReason.MALFORMED);
        sendMalformed(Schema.DOCUMENT_ROUTED.id(), valid.getBytes(StandardCharsets.UTF_8), RejectReason.MALFORMED);
        sendMalformed(null, valid.getBytes(StandardCharsets.UTF_8), RejectReason.MALFORMED);
        sendMalformed(Schema.DOCUMENT_INGESTED.id(), null, RejectReason.MALFORMED);
        sendMalformed(Schema.DOCUMENT_INGESTED.id(), BINARY, RejectReason.MALFORMED);
        sendMalformed(
                Schema.DOCUMENT_INGESTED.id(),
                TestDocuments.json(TestDocuments.text("x".repeat(5000))),
                RejectReason.TOO_LARGE);
        sendDuplicate(TestDocuments.duplicateOf(texts.get(1)), texts.get(1));
        sendDuplicate(TestDocuments.duplicateOf(texts.get(1)), texts.get(1));
        sendDuplicate(TestDocuments.duplicateOf(html), html);
        return texts;
    }

    private void sendDocument(DocumentIngested doc, Route route) throws Exception {
        kafka.send(ingest, doc.documentId().toString(), Schema.DOCUMENT_INGESTED.id(), TestDocuments.json(doc));
        (route == Route.TEXT ? expectedText : expectedScanned).add(doc.documentId());
    }

    private void sendDuplicate(DocumentIngested duplicate, DocumentIngested first) throws Exception {
        kafka.send(
                ingest,
                duplicate.documentId().toString(),
                Schema.DOCUMENT_INGESTED.id(),
                TestDocuments.json(duplicate));
        expectedReasons.merge(RejectReason.DUPLICATE, 1, Integer::sum);
        expectedDuplicateOf.put(duplicate.documentId(), first.documentId());
    }

    private void sendMalformed(String schemaId, byte[] value, RejectReason reason) throws Exception {
        kafka.send(ingest, null, schemaId, value);
        expectedReasons.merge(reason, 1, Integer::sum);
    }

    /**
     * Triggers checkpoints (each commits the sink's transaction) until every expected record is committed, then
     * one more that must succeed: no checkpoint is pending when this returns.
     */
    private void checkpointUntilCommitted(JobClient job) {
        int rejects =
                expectedReasons.values().stream().mapToInt(Integer::intValue).sum();
        await(
                () -> checkpoint(job)
                        && kafka.readCommitted(text).size() >= expectedText.size()
                        && kafka.readCommitted(scanned).size() >= expectedScanned.size()
                        && kafka.readCommitted(rejected).size() >= rejects,
                Duration.ofSeconds(90));
        await(() -> checkpoint(job), Duration.ofSeconds(90));
    }

    private boolean checkpoint(JobClient job) {
        try {
            flink.triggerCheckpoint(job.getJobID(), CheckpointType.FULL).get();
            return true;
        } catch (Exception e) {
            return false; // e.g. not all tasks running yet
        }
    }

    /** The sum over all subtasks of a counter of the job's {@code count} operator. */
    private static long counter(JobClient job, String name) {
        return METRICS.getMetricsByIdentifiers(job.getJobID()).entrySet().stream()
                .filter(e -> e.getKey().endsWith(CountingFunction.GROUP + "." + name))
                .mapToLong(e -> ((Counter) e.getValue()).getCount())
                .sum();
    }

    private static List<String> keys(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).toList();
    }

    private void assertRoutedExactlyOnce(String topic, List<UUID> expected, Route route) {
        List<ConsumerRecord<String, byte[]>> records = kafka.readCommitted(topic);
        List<DocumentRouted> routed = records.stream()
                .peek(record -> assertSchemaHeader(record, Schema.DOCUMENT_ROUTED))
                .map(record -> {
                    DocumentRouted event = codec.decode(record.value(), DocumentRouted.class);
                    assertThat(record.key()).isEqualTo(event.documentId().toString());
                    return event;
                })
                .toList();
        assertThat(routed).extracting(DocumentRouted::documentId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(routed).allSatisfy(event -> assertThat(event.route()).isEqualTo(route));
    }

    private static void assertSchemaHeader(ConsumerRecord<String, byte[]> record, Schema schema) {
        assertThat(new String(record.headers().lastHeader(Schema.HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(schema.id());
    }

    private static JobClient start(List<String> args) throws Exception {
        RouterConfig config = RouterConfig.parse(args.toArray(String[]::new), Map.of());
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(RouterJob.flinkConfiguration(config));
        new RouterJob(config, KafkaConnectors.source(config), KafkaConnectors.sink(config), Clock.systemUTC())
                .addTo(env);
        return env.executeAsync(RouterJob.JOB_NAME);
    }

    private static JobStatus status(JobClient job) {
        try {
            return job.getJobStatus().get();
        } catch (Exception e) {
            // A finished job may already be gone from the MiniCluster's dispatcher.
            return JobStatus.CANCELED;
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
