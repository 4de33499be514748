package dev.mailroom.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.EventFormatException;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.SampleEvents;
import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Stage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class RejectionsTest {

    static final EventCodec CODEC = new EventCodec();
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final Rejections REJECTIONS = new Rejections(CODEC, "documents.rejected", Clock.fixed(NOW, ZoneOffset.UTC));

    static ConsumerRecord<String, byte[]> consumed(String key, byte[] value) {
        return new ConsumerRecord<>("documents.scanned", 2, 41L, key, value);
    }

    @Test
    void wrappedRejectionKeepsItsReasonAndTheDecodedDocument() {
        DocumentRouted routed = SampleEvents.routed();
        byte[] value = CODEC.encode(routed);
        Exception failure = new ListenerExecutionFailedException(
                "listener failed", new RejectionException(RejectReason.INVALID_CONTENT_REF, "outside the bucket"));

        ProducerRecord<String, byte[]> out = REJECTIONS.of(consumed("k", value), failure);

        assertThat(out.topic()).isEqualTo("documents.rejected");
        assertThat(out.key()).isEqualTo(routed.documentId().toString());
        assertThat(new String(out.headers().lastHeader(Schema.HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(Schema.DOCUMENT_REJECTED.id());
        DocumentRejected rejected = CODEC.decode(out.value(), DocumentRejected.class);
        assertThat(rejected.stage()).isEqualTo(Stage.CLASSIFIER);
        assertThat(rejected.reason()).isEqualTo(RejectReason.INVALID_CONTENT_REF);
        assertThat(rejected.detail()).isEqualTo("outside the bucket (documents.scanned-2@41)");
        assertThat(rejected.documentId()).isEqualTo(routed.documentId());
        assertThat(rejected.contentRef()).isEqualTo(routed.contentRef());
        assertThat(rejected.source()).isEqualTo(routed.source());
        assertThat(rejected.rejectedAt()).isEqualTo(NOW);
        assertThat(rejected.original().bytes()).isEqualTo(value);
    }

    @Test
    void unexpectedFailureAfterRetriesIsClassificationFailed() {
        Exception failure =
                new ListenerExecutionFailedException("listener failed", new IllegalStateException("S3 unavailable"));

        DocumentRejected rejected = CODEC.decode(
                REJECTIONS
                        .of(consumed("k", CODEC.encode(SampleEvents.routed())), failure)
                        .value(),
                DocumentRejected.class);

        assertThat(rejected.reason()).isEqualTo(RejectReason.CLASSIFICATION_FAILED);
        assertThat(rejected.detail()).startsWith("S3 unavailable");
    }

    @Test
    void undecodableRecordKeepsItsKeyAndNamesTheField() {
        byte[] value = "{\"documentId\":42}".getBytes(StandardCharsets.UTF_8);

        ProducerRecord<String, byte[]> out = REJECTIONS.of(
                consumed("original-key", value), new EventFormatException("documentId", "not a UUID", null));
        DocumentRejected rejected = CODEC.decode(out.value(), DocumentRejected.class);

        assertThat(out.key()).isEqualTo("original-key");
        assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED);
        assertThat(rejected.documentId()).isNull();
        assertThat(rejected.detail()).startsWith("field 'documentId': not a UUID");
        assertThat(rejected.original().value()).isEqualTo("{\"documentId\":42}");
    }

    @Test
    void tombstoneIsRejectedWithAnEmptyOriginal() {
        DocumentRejected rejected = CODEC.decode(
                REJECTIONS
                        .of(consumed(null, null), new EventFormatException(null, "empty record", null))
                        .value(),
                DocumentRejected.class);

        assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED);
        assertThat(rejected.original().bytes()).isEmpty();
    }
}
