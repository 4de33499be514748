package dev.mailroom.ingest.extraction;

import dev.mailroom.contracts.RejectReason;
import dev.mailroom.ingest.pipeline.Analysis;
import dev.mailroom.ingest.pipeline.ContentAnalyzer;
import dev.mailroom.ingest.pipeline.DeliveryException;
import dev.mailroom.ingest.pipeline.RejectedContentException;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Detects the type from the bytes alone (never the client's type or the file name) and extracts text, on a
 * bounded pool of worker threads with a time limit that really stops the work: the caller stops waiting at the
 * limit, and the parser, which checks the same {@link Deadline} in its callbacks (PDF operators and pages, SAX
 * events, zip reads), stops itself and frees its thread. A document that resisted every check would hold one
 * worker of a fixed pool, never grow it; when all are busy and the queue is full the document is not accepted
 * and the channel retries.
 */
public final class TikaContentAnalyzer implements ContentAnalyzer, AutoCloseable {

    /** Name prefix of the extraction worker threads. */
    public static final String THREAD_PREFIX = "extraction-";

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PLAIN = "text/plain";
    static final String EMAIL = "message/rfc822";
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> IMAGES =
            Set.of("image/png", "image/jpeg", "image/tiff", "image/gif", "image/bmp", "image/webp");
    private static final Set<String> ENCRYPTED =
            Set.of("application/x-tika-ooxml-protected", "application/x-tika-msoffice-protected");

    private final ExtractionLimits limits;
    private final Detector detector;
    private final Parser parser;
    private final ZipBombGuard zipGuard;
    private final PdfExtractor pdf;
    private final ThreadPoolExecutor workers;

    /** An analyzer with its own worker threads; close it to stop them. */
    public TikaContentAnalyzer(ExtractionLimits limits) {
        this.limits = limits;
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.parser = new AutoDetectParser(tika);
        this.zipGuard = new ZipBombGuard(limits);
        this.pdf = new PdfExtractor(limits);
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                limits.threads(),
                limits.threads(),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.queueCapacity()),
                task -> {
                    Thread thread = new Thread(task, THREAD_PREFIX + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public Analysis analyze(byte[] bytes, String charsetHint) {
        if (bytes.length == 0) {
            throw new RejectedContentException(RejectReason.MALFORMED, "empty document (0 bytes)");
        }
        Deadline deadline = Deadline.after(limits.timeout());
        Future<Analysis> result;
        try {
            result = workers.submit(() -> analyzeNow(bytes, charsetHint, deadline));
        } catch (RejectedExecutionException e) {
            throw new DeliveryException(
                    "all " + limits.threads() + " extraction workers busy and " + limits.queueCapacity()
                            + " documents waiting: not accepted, retry later",
                    e);
        }
        try {
            return result.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new RejectedContentException(
                    RejectReason.TIMEOUT, "extraction took longer than " + limits.timeout(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RejectedContentException rejected) {
                throw rejected;
            }
            if (Deadline.Expired.in(cause) != null) {
                throw new RejectedContentException(
                        RejectReason.TIMEOUT, "extraction took longer than " + limits.timeout(), cause);
            }
            if (cause instanceof StackOverflowError) {
                throw new RejectedContentException(
                        RejectReason.MALFORMED,
                        "unparseable document: the parser overflowed its stack (recursive or too deeply nested"
                                + " content)",
                        cause);
            }
            throw new RejectedContentException(RejectReason.MALFORMED, "extraction failed: " + cause, cause);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        }
    }

    Analysis analyzeNow(byte[] bytes, String charsetHint, Deadline deadline) {
        if (ZipBombGuard.isZip(bytes)) {
            zipGuard.check(bytes, deadline);
        }
        deadline.check();
        String type = detect(bytes);
        if (type.equals(PdfExtractor.PDF)) {
            return pdf.extract(bytes, deadline);
        }
        if (type.equals(PLAIN)) {
            return textual(type, TextDecoder.decode(bytes, charsetHint), 1);
        }
        if (type.equals(EMAIL)) {
            return textual(type, MailText.bodyText(bytes, (part, hint) -> htmlText(part, hint, deadline)), 1);
        }
        if (HTML.contains(type)) {
            return textual(type, htmlText(bytes, charsetHint, deadline), 1);
        }
        if (type.equals(DOCX)) {
            Metadata metadata = new Metadata();
            String text = parse(bytes, metadata, deadline);
            Integer pages = metadata.getInt(Office.PAGE_COUNT);
            return textual(type, text, pages == null || pages < 1 ? 1 : pages);
        }
        if (IMAGES.contains(type)) {
            return new Analysis(type, null, false, 1);
        }
        if (ENCRYPTED.contains(type)) {
            throw new RejectedContentException(RejectReason.ENCRYPTED, "password-protected office document");
        }
        throw new RejectedContentException(RejectReason.UNSUPPORTED_TYPE, "unsupported content type " + type);
    }

    /** The media type (without parameters) detected from the bytes. */
    String detect(byte[] bytes) {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            String type = detector.detect(in, new Metadata()).getBaseType().toString();
            // Tika's text statistics call short text with a tenth of 8-bit characters binary; text without
            // control characters is text, whatever its 8-bit charset
            if (type.equals(MediaType.OCTET_STREAM.toString()) && printable(bytes)) {
                type = PLAIN;
            }
            // Tika needs one of a few particular first headers; a header block with From: is a message too
            return type.equals(PLAIN) && MailText.looksLikeMessage(bytes) ? EMAIL : type;
        } catch (IOException e) {
            throw new RejectedContentException(RejectReason.MALFORMED, "type detection failed: " + e.getMessage(), e);
        }
    }

    /** True when {@code bytes} contain no control characters other than whitespace. */
    private static boolean printable(byte[] bytes) {
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private String htmlText(byte[] bytes, String charsetHint, Deadline deadline) {
        Metadata metadata = new Metadata();
        if (TextDecoder.charset(charsetHint) != null) {
            metadata.set(
                    Metadata.CONTENT_TYPE,
                    "text/html; charset=" + TextDecoder.charset(charsetHint).name());
        }
        return parse(bytes, metadata, deadline);
    }

    /**
     * Parses with Tika. The context carries no parser, so embedded documents are not parsed (their bytes were
     * counted by the zip guard); the handler checks the deadline every 256 SAX events.
     */
    private String parse(byte[] bytes, Metadata metadata, Deadline deadline) {
        BodyContentHandler handler = new BodyContentHandler(limits.maxTextChars());
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, new DeadlineHandler(handler, deadline), metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new RejectedContentException(RejectReason.ENCRYPTED, "encrypted document", e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new RejectedContentException(
                        RejectReason.MALFORMED, "unparseable document: " + e.getMessage(), e);
            }
        } catch (TikaException | IOException e) {
            Deadline.Expired expired = Deadline.Expired.in(e);
            if (expired != null) {
                throw expired;
            }
            throw new RejectedContentException(RejectReason.MALFORMED, "unparseable document: " + e.getMessage(), e);
        }
        return handler.toString();
    }

    /** Passes SAX events on, checking the deadline every 256 of them. */
    private static final class DeadlineHandler extends ContentHandlerDecorator {
        private final Deadline deadline;
        private int events;

        DeadlineHandler(ContentHandler handler, Deadline deadline) {
            super(handler);
            this.deadline = deadline;
        }

        private void tick() {
            if ((++events & 255) == 0) {
                deadline.check();
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            tick();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            tick();
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            tick();
            super.ignorableWhitespace(ch, start, length);
        }
    }

    /** Worker threads currently extracting (for tests and operators). */
    public int activeWorkers() {
        return workers.getActiveCount();
    }

    private Analysis textual(String type, String text, int pages) {
        if (text == null || text.isBlank()) {
            return new Analysis(type, null, false, pages);
        }
        String cut = text.length() > limits.maxTextChars() ? text.substring(0, limits.maxTextChars()) : text;
        return new Analysis(type, cut.strip(), true, pages);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
