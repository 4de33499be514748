package dev.mailroom.ingest.folder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.ingest.pipeline.Analysis;
import dev.mailroom.ingest.pipeline.DeliveryException;
import dev.mailroom.ingest.pipeline.EventPublisher;
import dev.mailroom.ingest.pipeline.IngestPipeline;
import dev.mailroom.ingest.pipeline.RejectedContentException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder rules with in-memory ports and a controlled clock: completeness, moves, reason files, retries. */
class FolderWatcherTest {

    @TempDir
    Path inbox;

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final List<String> produced = new ArrayList<>();
    private boolean brokerDown;

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private FolderWatcher watcher() {
        EventPublisher publisher = new EventPublisher() {
            @Override
            public void ingested(DocumentIngested event) {
                if (brokerDown) {
                    throw new DeliveryException("Kafka down", null);
                }
                produced.add(event.source().filename());
            }

            @Override
            public void rejected(DocumentRejected event) {
                if (brokerDown) {
                    throw new DeliveryException("Kafka down", null);
                }
                produced.add(event.source().filename() + ":" + event.reason().code());
            }
        };
        IngestPipeline pipeline = new IngestPipeline(
                (bytes, charset) -> {
                    if (bytes[0] == 'X') {
                        throw new RejectedContentException(RejectReason.UNSUPPORTED_TYPE, "unsupported content type x");
                    }
                    return new Analysis("text/plain", new String(bytes, StandardCharsets.UTF_8), true, 1);
                },
                (receivedAt, id, content, sha) -> "s3://b/raw/" + id,
                publisher,
                clock,
                UUID::randomUUID,
                new SimpleMeterRegistry());
        return new FolderWatcher(pipeline, inbox, Duration.ofSeconds(2), 1024, clock);
    }

    @Test
    void growingFileIsTakenOnlyOnceItStoppedChangingForTheSettleTime() throws Exception {
        FolderWatcher watcher = watcher();
        Path file = inbox.resolve("letter.txt");
        Files.writeString(file, "Dear");

        assertThat(watcher.poll()).isZero();
        now = now.plusSeconds(1);
        Files.writeString(file, " Sir", StandardOpenOption.APPEND);
        assertThat(watcher.poll()).as("grew since the last scan").isZero();
        now = now.plusSeconds(1);
        assertThat(watcher.poll()).as("stable for 1s of 2s").isZero();
        now = now.plusSeconds(1);
        assertThat(watcher.poll()).as("stable for 2s").isEqualTo(1);

        assertThat(produced).containsExactly("letter.txt");
        assertThat(Files.readString(inbox.resolve("processed/letter.txt"))).isEqualTo("Dear Sir");
        assertThat(file).doesNotExist();
    }

    @Test
    void rejectedFileGoesToFailedWithReasonFileBesideIt() throws Exception {
        FolderWatcher watcher = watcher();
        Files.writeString(inbox.resolve("odd.bin"), "X-binary");
        Files.write(inbox.resolve("big.txt"), new byte[2048]);
        watcher.poll();
        now = now.plusSeconds(5);

        assertThat(watcher.poll()).isEqualTo(2);

        assertThat(produced).containsExactlyInAnyOrder("odd.bin:unsupported-type", "big.txt:too-large");
        assertThat(inbox.resolve("failed/odd.bin")).exists();
        assertThat(Files.readString(inbox.resolve("failed/odd.bin.reason.txt")))
                .contains("reason: unsupported-type")
                .contains("detail: unsupported content type x");
        assertThat(Files.readString(inbox.resolve("failed/big.txt.reason.txt"))).contains("reason: too-large");
    }

    @Test
    void unconfirmedFileStaysInTheInboxAndIsRetried() throws Exception {
        FolderWatcher watcher = watcher();
        Files.writeString(inbox.resolve("a.txt"), "alpha");
        watcher.poll();
        now = now.plusSeconds(5);
        brokerDown = true;

        assertThat(watcher.poll()).isZero();
        assertThat(inbox.resolve("a.txt")).exists();

        brokerDown = false;
        assertThat(watcher.poll()).isEqualTo(1);
        assertThat(produced).containsExactly("a.txt");
    }

    @Test
    void temporaryAndHiddenFilesAreIgnored() throws Exception {
        FolderWatcher watcher = watcher();
        Files.writeString(inbox.resolve("copying.pdf.part"), "partial");
        Files.writeString(inbox.resolve(".hidden"), "x");
        watcher.poll();
        now = now.plusSeconds(5);

        assertThat(watcher.poll()).isZero();
        assertThat(produced).isEmpty();
    }

    @Test
    void sameNameTwiceDoesNotOverwriteTheProcessedFile() throws Exception {
        FolderWatcher watcher = watcher();
        Files.writeString(inbox.resolve("a.txt"), "first");
        watcher.poll();
        now = now.plusSeconds(5);
        watcher.poll();
        Files.writeString(inbox.resolve("a.txt"), "second");
        watcher.poll();
        now = now.plusSeconds(5);
        watcher.poll();

        try (Stream<Path> files = Files.list(inbox.resolve("processed"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(2)
                    .contains("a.txt")
                    .anyMatch(n -> n.endsWith("-a.txt"));
        }
    }
}
