package dev.mailroom.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.SampleEvents;
import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValidateFunctionTest {

    private static final int MAX_BYTES = 2048;
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private final EventCodec codec = new EventCodec();
    private OneInputStreamOperatorTestHarness<InboundRecord, AcceptedRecord> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forProcessFunction(
                new ValidateFunction(MAX_BYTES, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void validRecordPassesWithItsShaAndOriginalBytes() throws Exception {
        byte[] json = codec.encode(SampleEvents.ingested());

        harness.processElement(new InboundRecord("in", 0, 1, Schema.DOCUMENT_INGESTED.id(), json), 1);

        assertThat(harness.extractOutputValues()).singleElement().satisfies(accepted -> {
            assertThat(accepted.sha256()).isEqualTo(SampleEvents.SHA256);
            assertThat(accepted.documentId()).isEqualTo(SampleEvents.DOCUMENT_ID.toString());
            assertThat(accepted.value()).isEqualTo(json);
        });
        assertThat(rejected()).isEmpty();
    }

    @Test
    void malformedRecordIsRejectedWithItsLocationAndVerbatimOriginal() throws Exception {
        byte[] value = "{\"documentId\": 42".getBytes(StandardCharsets.UTF_8);

        harness.processElement(new InboundRecord("documents.ingest", 2, 99, Schema.DOCUMENT_INGESTED.id(), value), 1);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED);
            assertThat(rejected.detail()).endsWith("[documents.ingest-2@99]");
            assertThat(rejected.original().topic()).isEqualTo("documents.ingest");
            assertThat(rejected.original().bytes()).isEqualTo(value);
            assertThat(rejected.rejectedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void oversizedRecordIsRejectedTooLargeWithTheOriginalCutToTheLimit() throws Exception {
        byte[] value = new byte[MAX_BYTES * 3];
        Arrays.fill(value, (byte) 'x');

        harness.processElement(new InboundRecord("in", 0, 5, Schema.DOCUMENT_INGESTED.id(), value), 1);

        assertThat(rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(rejected.original().bytes()).hasSize(MAX_BYTES);
        });
    }

    private List<DocumentRejected> rejected() {
        var side = harness.getSideOutput(RouterJob.REJECTED);
        return side == null
                ? List.of()
                : side.stream()
                        .map(StreamRecord::getValue)
                        .peek(record -> assertThat(record.topic()).isEqualTo(Topic.REJECTED))
                        .map(record -> codec.decode(record.value(), DocumentRejected.class))
                        .toList();
    }
}
