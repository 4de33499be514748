package dev.mailroom.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.SampleEvents;
import dev.mailroom.contracts.Stage;
import dev.mailroom.contracts.Topic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeduplicateFunctionTest {

    private static final Duration TTL = Duration.ofHours(1);
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private final EventCodec codec = new EventCodec();
    private KeyedOneInputStreamOperatorTestHarness<String, AcceptedRecord, AcceptedRecord> harness;

    @BeforeEach
    void open() throws Exception {
        harness = newHarness();
        harness.setStateTtlProcessingTime(0);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void firstDocumentPassesAndDuplicateIsRejectedWithFirstId() throws Exception {
        AcceptedRecord first = accepted(UUID.randomUUID(), SHA_A);
        AcceptedRecord other = accepted(UUID.randomUUID(), SHA_B);
        AcceptedRecord duplicate = accepted(UUID.randomUUID(), SHA_A);

        harness.processElement(first, 1);
        harness.processElement(other, 2);
        harness.processElement(duplicate, 3);

        assertThat(passed()).containsExactly(first.documentId(), other.documentId());
        List<DocumentRejected> rejected = rejected();
        assertThat(rejected).hasSize(1);
        DocumentRejected event = rejected.get(0);
        assertThat(event.reason()).isEqualTo(RejectReason.DUPLICATE);
        assertThat(event.stage()).isEqualTo(Stage.ROUTER);
        assertThat(event.documentId()).hasToString(duplicate.documentId());
        assertThat(event.duplicateOf()).hasToString(first.documentId());
        assertThat(event.detail()).contains(first.documentId());
        assertThat(event.rejectedAt()).isEqualTo(NOW);
        assertThat(event.original().bytes()).isEqualTo(duplicate.value());
        assertThat(event.original().topic()).isEqualTo(Topic.INGEST.defaultName());
    }

    @Test
    void shaIsForgottenAfterTheTtl() throws Exception {
        harness.processElement(accepted(UUID.randomUUID(), SHA_A), 1);
        harness.setStateTtlProcessingTime(TTL.toMillis() - 1);
        harness.processElement(accepted(UUID.randomUUID(), SHA_A), 2);
        harness.setStateTtlProcessingTime(TTL.toMillis() * 3);
        AcceptedRecord afterTtl = accepted(UUID.randomUUID(), SHA_A);
        harness.processElement(afterTtl, 3);

        assertThat(passed()).hasSize(2).last().isEqualTo(afterTtl.documentId());
        assertThat(rejected()).hasSize(1);
    }

    @Test
    void rememberedShasSurviveRestoreFromASnapshot() throws Exception {
        AcceptedRecord first = accepted(UUID.randomUUID(), SHA_A);
        harness.processElement(first, 1);
        OperatorSubtaskState snapshot = harness.snapshot(1, 10);
        harness.close();

        harness = newHarness(snapshot);
        harness.processElement(accepted(UUID.randomUUID(), SHA_A), 20);

        assertThat(passed()).isEmpty();
        assertThat(rejected()).singleElement().satisfies(event -> assertThat(event.duplicateOf())
                .hasToString(first.documentId()));
    }

    private KeyedOneInputStreamOperatorTestHarness<String, AcceptedRecord, AcceptedRecord> newHarness()
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new DeduplicateFunction(TTL, Clock.fixed(NOW, ZoneOffset.UTC)), AcceptedRecord::sha256, Types.STRING);
    }

    private KeyedOneInputStreamOperatorTestHarness<String, AcceptedRecord, AcceptedRecord> newHarness(
            OperatorSubtaskState state) throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, AcceptedRecord, AcceptedRecord> restored =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new org.apache.flink.streaming.api.operators.KeyedProcessOperator<>(
                                new DeduplicateFunction(TTL, Clock.fixed(NOW, ZoneOffset.UTC))),
                        AcceptedRecord::sha256,
                        Types.STRING);
        restored.initializeState(state);
        restored.open();
        return restored;
    }

    private List<String> passed() {
        return harness.extractOutputValues().stream()
                .map(AcceptedRecord::documentId)
                .toList();
    }

    private List<DocumentRejected> rejected() {
        return harness.getSideOutput(RouterJob.REJECTED) == null
                ? List.of()
                : harness.getSideOutput(RouterJob.REJECTED).stream()
                        .map(StreamRecord::getValue)
                        .peek(record -> assertThat(record.topic()).isEqualTo(Topic.REJECTED))
                        .map(record -> codec.decode(record.value(), DocumentRejected.class))
                        .toList();
    }

    private AcceptedRecord accepted(UUID id, String sha256) {
        DocumentIngested in = SampleEvents.ingested();
        DocumentIngested document = new DocumentIngested(
                id,
                in.receivedAt(),
                in.source(),
                in.contentType(),
                in.sizeBytes(),
                sha256,
                in.contentRef(),
                in.text(),
                in.textLayer(),
                in.pages());
        return new AcceptedRecord(sha256, id.toString(), Topic.INGEST.defaultName(), codec.encode(document));
    }
}
