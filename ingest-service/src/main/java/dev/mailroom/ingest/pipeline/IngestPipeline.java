package dev.mailroom.ingest.pipeline;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Source;
import dev.mailroom.contracts.Stage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest flow shared by every channel: size check, type detection and text extraction, raw bytes to
 * the store, event to the broker. {@link #ingest} returns only after both the store and the broker have
 * confirmed, so a channel may acknowledge its input exactly when this returns; when either fails it throws
 * {@link DeliveryException} and the channel must not acknowledge. Thread-safe.
 */
public final class IngestPipeline {

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);

    private final ContentAnalyzer analyzer;
    private final RawStore store;
    private final EventPublisher publisher;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final MeterRegistry meters;
    private final Timer extraction;

    public IngestPipeline(
            ContentAnalyzer analyzer,
            RawStore store,
            EventPublisher publisher,
            Clock clock,
            Supplier<UUID> ids,
            MeterRegistry meters) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.store = Objects.requireNonNull(store, "store");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.extraction = Timer.builder("mailroom.ingest.extraction")
                .description("Type detection and text extraction time per document")
                .register(meters);
    }

    /**
     * Ingests one document: returns {@link Outcome.Accepted} or {@link Outcome.Rejected} once the raw bytes
     * are stored and the event is acknowledged by the broker.
     *
     * @throws DeliveryException when the store or the broker did not confirm; nothing may be acknowledged
     * @throws UncheckedIOException when the channel's content could not be read
     */
    public Outcome ingest(Submission submission) {
        UUID documentId = ids.get();
        Instant receivedAt = clock.instant();
        Source source = submission.source();
        long size = submission.content().size();
        if (size > submission.maxBytes()) {
            return reject(
                    documentId,
                    receivedAt,
                    source,
                    submission.content(),
                    null,
                    RejectReason.TOO_LARGE,
                    "document is " + size + " bytes, the " + channel(source) + " limit is " + submission.maxBytes());
        }
        byte[] bytes = readAll(submission.content(), size);
        String sha256 = sha256(bytes);
        RawContent content = new BytesContent(bytes);
        Analysis analysis;
        Timer.Sample sample = Timer.start(meters);
        try {
            analysis = analyzer.analyze(bytes, submission.charsetHint());
        } catch (RejectedContentException e) {
            return reject(documentId, receivedAt, source, content, sha256, e.reason(), e.getMessage());
        } finally {
            sample.stop(extraction);
        }
        String contentRef = store.put(receivedAt, documentId, content, sha256);
        DocumentIngested event = new DocumentIngested(
                documentId,
                receivedAt,
                source,
                analysis.contentType(),
                bytes.length,
                sha256,
                contentRef,
                analysis.text(),
                analysis.textLayer(),
                analysis.pages());
        publisher.ingested(event);
        Counter.builder("mailroom.ingest.documents")
                .description("Documents ingested, per channel and detected type")
                .tag("channel", channel(source))
                .tag("type", analysis.contentType())
                .register(meters)
                .increment();
        log.info(
                "ingested {} from {} as {} ({} bytes, {} pages, textLayer={})",
                documentId,
                channel(source),
                analysis.contentType(),
                bytes.length,
                analysis.pages(),
                analysis.textLayer());
        return new Outcome.Accepted(event);
    }

    /**
     * Rejects a submission the channel itself could not take apart (e.g. broken MIME): stores the raw bytes
     * and produces {@code document.rejected.v1}.
     *
     * @throws DeliveryException when the store or the broker did not confirm
     */
    public Outcome.Rejected reject(Submission submission, RejectReason reason, String detail) {
        return reject(ids.get(), clock.instant(), submission.source(), submission.content(), null, reason, detail);
    }

    private Outcome.Rejected reject(
            UUID documentId,
            Instant receivedAt,
            Source source,
            RawContent content,
            String sha256,
            RejectReason reason,
            String detail) {
        String contentRef = store.put(receivedAt, documentId, content, sha256);
        DocumentRejected event = new DocumentRejected(
                documentId, Stage.INGEST, reason, detail, clock.instant(), null, contentRef, source, null);
        publisher.rejected(event);
        Counter.builder("mailroom.ingest.rejected")
                .description("Documents rejected at ingest, per channel and reason")
                .tag("channel", channel(source))
                .tag("reason", reason.code())
                .register(meters)
                .increment();
        log.info("rejected {} from {}: {} ({})", documentId, channel(source), reason.code(), detail);
        return new Outcome.Rejected(event);
    }

    private static String channel(Source source) {
        return source.channel().name().toLowerCase(Locale.ROOT);
    }

    private static byte[] readAll(RawContent content, long size) {
        try (InputStream in = content.open()) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length != size) {
                throw new IOException(
                        "content changed while reading: expected " + size + " bytes, read " + bytes.length);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read submitted content", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The bytes already read, without another copy. */
    private record BytesContent(byte[] bytes) implements RawContent {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
