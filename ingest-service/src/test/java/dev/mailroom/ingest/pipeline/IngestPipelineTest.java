package dev.mailroom.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.contracts.Channel;
import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Source;
import dev.mailroom.contracts.Stage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pipeline's ordering and acknowledgement rules, with in-memory ports. */
class IngestPipelineTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");
    private static final Source SOURCE = new Source(Channel.FOLDER, null, null, "a.txt");

    private final List<String> log = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private boolean storeDown;
    private boolean brokerDown;

    private final RawStore store = (receivedAt, documentId, content, sha256) -> {
        if (storeDown) {
            throw new DeliveryException("S3 down", null);
        }
        log.add("store " + content.size());
        return "s3://bucket/raw/2026/11/25/" + documentId;
    };

    private final EventPublisher publisher = new EventPublisher() {
        @Override
        public void ingested(DocumentIngested event) {
            if (brokerDown) {
                throw new DeliveryException("Kafka down", null);
            }
            log.add("ingested " + event.documentId());
        }

        @Override
        public void rejected(DocumentRejected event) {
            if (brokerDown) {
                throw new DeliveryException("Kafka down", null);
            }
            log.add("rejected " + event.reason().code());
        }
    };

    private final ContentAnalyzer analyzer = (bytes, charset) -> {
        log.add("analyze");
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("%PDF-encrypted")) {
            throw new RejectedContentException(RejectReason.ENCRYPTED, "password-protected PDF");
        }
        return new Analysis("text/plain", text, true, 1);
    };

    private final IngestPipeline pipeline =
            new IngestPipeline(analyzer, store, publisher, Clock.fixed(NOW, ZoneOffset.UTC), () -> ID, meters);

    private static Submission submission(String text, long maxBytes) {
        return new Submission(SOURCE, RawContent.of(text.getBytes(StandardCharsets.UTF_8)), null, maxBytes);
    }

    @Test
    void acceptedDocumentIsStoredBeforeItsEventIsProduced() {
        Outcome outcome = pipeline.ingest(submission("hello", 100));

        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        DocumentIngested event = ((Outcome.Accepted) outcome).event();
        assertThat(event.documentId()).isEqualTo(ID);
        assertThat(event.receivedAt()).isEqualTo(NOW);
        assertThat(event.sha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(event.contentRef()).isEqualTo("s3://bucket/raw/2026/11/25/" + ID);
        assertThat(log).containsExactly("analyze", "store 5", "ingested " + ID);
        assertThat(meters.get("mailroom.ingest.documents")
                        .tag("channel", "folder")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void oversizedDocumentIsStoredAndRejectedWithoutBeingRead() {
        RawContent unreadable = new RawContent() {
            @Override
            public long size() {
                return 1000;
            }

            @Override
            public InputStream open() throws IOException {
                log.add("open");
                return InputStream.nullInputStream();
            }
        };

        Outcome outcome = pipeline.ingest(new Submission(SOURCE, unreadable, null, 999));

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        DocumentRejected event = ((Outcome.Rejected) outcome).event();
        assertThat(event.stage()).isEqualTo(Stage.INGEST);
        assertThat(event.reason()).isEqualTo(RejectReason.TOO_LARGE);
        assertThat(event.detail()).contains("1000 bytes").contains("999");
        assertThat(event.contentRef()).endsWith(ID.toString());
        assertThat(log).containsExactly("store 1000", "rejected too-large");
    }

    @Test
    void refusedContentIsStoredAndRejectedWithItsReason() {
        Outcome outcome = pipeline.ingest(submission("%PDF-encrypted", 100));

        assertThat(((Outcome.Rejected) outcome).reason()).isEqualTo(RejectReason.ENCRYPTED);
        assertThat(log).containsExactly("analyze", "store 14", "rejected encrypted");
        assertThat(meters.get("mailroom.ingest.rejected")
                        .tag("reason", "encrypted")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void nothingIsProducedWhenTheStoreFails() {
        storeDown = true;

        assertThatThrownBy(() -> pipeline.ingest(submission("hello", 100))).isInstanceOf(DeliveryException.class);
        assertThat(log).containsExactly("analyze");
    }

    @Test
    void brokerFailureReachesTheChannel() {
        brokerDown = true;

        assertThatThrownBy(() -> pipeline.ingest(submission("hello", 100))).isInstanceOf(DeliveryException.class);
        assertThatThrownBy(() -> pipeline.ingest(submission("%PDF-encrypted", 100)))
                .isInstanceOf(DeliveryException.class);
    }
}
