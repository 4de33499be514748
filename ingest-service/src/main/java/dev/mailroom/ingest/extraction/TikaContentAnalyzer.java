package dev.mailroom.ingest.extraction;

import dev.mailroom.contracts.RejectReason;
import dev.mailroom.ingest.pipeline.Analysis;
import dev.mailroom.ingest.pipeline.ContentAnalyzer;
import dev.mailroom.ingest.pipeline.RejectedContentException;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.xml.sax.SAXException;

/**
 * Detects the type from the bytes alone (never the client's type or the file name) and extracts text, in
 * a worker thread bounded by the configured timeout.
 */
public final class TikaContentAnalyzer implements ContentAnalyzer, AutoCloseable {

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
    private final ExecutorService workers;

    /** An analyzer with its own worker threads; close it to stop them. */
    public TikaContentAnalyzer(ExtractionLimits limits) {
        this.limits = limits;
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.parser = new AutoDetectParser(tika);
        this.zipGuard = new ZipBombGuard(limits);
        this.pdf = new PdfExtractor(limits);
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "extraction-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Analysis analyze(byte[] bytes, String charsetHint) {
        if (bytes.length == 0) {
            throw new RejectedContentException(RejectReason.MALFORMED, "empty document (0 bytes)");
        }
        Future<Analysis> result = workers.submit(() -> analyzeNow(bytes, charsetHint));
        try {
            return result.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new RejectedContentException(
                    RejectReason.TIMEOUT, "extraction took longer than " + limits.timeout(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RejectedContentException rejected) {
                throw rejected;
            }
            throw new RejectedContentException(
                    RejectReason.MALFORMED, "extraction failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        }
    }

    Analysis analyzeNow(byte[] bytes, String charsetHint) {
        if (ZipBombGuard.isZip(bytes)) {
            zipGuard.check(bytes);
        }
        String type = detect(bytes);
        if (type.equals(PdfExtractor.PDF)) {
            return pdf.extract(bytes);
        }
        if (type.equals(PLAIN)) {
            return textual(type, TextDecoder.decode(bytes, charsetHint), 1);
        }
        if (type.equals(EMAIL)) {
            return textual(type, MailText.bodyText(bytes, this::htmlText), 1);
        }
        if (HTML.contains(type)) {
            return textual(type, htmlText(bytes, charsetHint), 1);
        }
        if (type.equals(DOCX)) {
            Metadata metadata = new Metadata();
            String text = parse(bytes, metadata);
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

    private String htmlText(byte[] bytes, String charsetHint) {
        Metadata metadata = new Metadata();
        if (TextDecoder.charset(charsetHint) != null) {
            metadata.set(
                    Metadata.CONTENT_TYPE,
                    "text/html; charset=" + TextDecoder.charset(charsetHint).name());
        }
        return parse(bytes, metadata);
    }

    private String parse(byte[] bytes, Metadata metadata) {
        BodyContentHandler handler = new BodyContentHandler(limits.maxTextChars());
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new RejectedContentException(RejectReason.ENCRYPTED, "encrypted document", e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new RejectedContentException(
                        RejectReason.MALFORMED, "unparseable document: " + e.getMessage(), e);
            }
        } catch (TikaException | IOException e) {
            throw new RejectedContentException(RejectReason.MALFORMED, "unparseable document: " + e.getMessage(), e);
        }
        return handler.toString();
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
