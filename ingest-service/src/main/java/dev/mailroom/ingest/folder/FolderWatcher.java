package dev.mailroom.ingest.folder;

import dev.mailroom.contracts.Channel;
import dev.mailroom.contracts.Source;
import dev.mailroom.ingest.pipeline.DeliveryException;
import dev.mailroom.ingest.pipeline.IngestPipeline;
import dev.mailroom.ingest.pipeline.Outcome;
import dev.mailroom.ingest.pipeline.RawContent;
import dev.mailroom.ingest.pipeline.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans the inbox folder and ingests each complete file; only after the pipeline returned (S3 and Kafka
 * confirmed) is the file moved out of the inbox. Hidden files and {@code *.part}/{@code *.tmp} files are
 * left alone, so writers can copy under a temporary name and rename.
 */
public final class FolderWatcher {

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);
    static final String PROCESSED = "processed";
    static final String FAILED = "failed";
    static final String REASON_SUFFIX = ".reason.txt";

    private final IngestPipeline pipeline;
    private final Path inbox;
    private final long maxBytes;
    private final Clock clock;
    private final StabilityTracker tracker;

    public FolderWatcher(IngestPipeline pipeline, Path inbox, Duration settleTime, long maxBytes, Clock clock) {
        this.pipeline = pipeline;
        this.inbox = inbox;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.tracker = new StabilityTracker(settleTime);
    }

    /** Creates the inbox and its {@code processed/} and {@code failed/} folders. */
    public void prepare() {
        try {
            Files.createDirectories(inbox.resolve(PROCESSED));
            Files.createDirectories(inbox.resolve(FAILED));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the inbox folders under " + inbox, e);
        }
    }

    /**
     * One scan: ingests every complete file. Stops at the first delivery failure (S3 or Kafka down); the
     * remaining files wait for the next scan.
     *
     * @return how many files were moved out of the inbox
     */
    public int poll() {
        prepare();
        List<Path> files = candidates();
        Set<Path> present = new HashSet<>(files);
        tracker.retainOnly(present);
        int moved = 0;
        for (Path file : files) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!tracker.observe(
                        file, attributes.size(), attributes.lastModifiedTime().toInstant(), clock.instant())) {
                    continue;
                }
                handle(file);
                tracker.forget(file);
                moved++;
            } catch (DeliveryException e) {
                log.warn("{} not acknowledged, will retry: {}", file.getFileName(), e.getMessage());
                return moved;
            } catch (IOException | UncheckedIOException e) {
                log.warn("cannot read {} now, will retry: {}", file.getFileName(), e.getMessage());
            }
        }
        return moved;
    }

    private void handle(Path file) throws IOException {
        String name = file.getFileName().toString();
        Submission submission =
                new Submission(new Source(Channel.FOLDER, null, null, name), RawContent.of(file), null, maxBytes);
        Outcome outcome = pipeline.ingest(submission);
        if (outcome instanceof Outcome.Rejected rejected) {
            Path target =
                    move(file, inbox.resolve(FAILED), rejected.documentId().toString());
            String reason = "documentId: " + rejected.documentId() + "\nreason: "
                    + rejected.reason().code() + "\ndetail: " + rejected.detail() + "\n";
            Files.writeString(
                    target.resolveSibling(target.getFileName() + REASON_SUFFIX), reason, StandardCharsets.UTF_8);
        } else {
            move(file, inbox.resolve(PROCESSED), outcome.documentId().toString());
        }
    }

    private static Path move(Path file, Path folder, String documentId) throws IOException {
        Path target = folder.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = folder.resolve(documentId + "-" + file.getFileName());
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Path> candidates() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(inbox)) {
            entries.filter(Files::isRegularFile)
                    .filter(path -> !ignored(path.getFileName().toString()))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            log.warn("cannot list {}: {}", inbox, e.getMessage());
        }
        return files;
    }

    private static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp");
    }
}
