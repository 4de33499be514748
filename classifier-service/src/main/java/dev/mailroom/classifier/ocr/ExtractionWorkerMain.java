package dev.mailroom.classifier.ocr;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.contracts.RejectReason;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extraction worker: a child JVM started by {@link IsolatedTextExtractor} with the service's own java
 * binary and classpath, that reads documents from stdin and answers on stdout ({@link WorkerProtocol}). It
 * parses, renders and OCRs one document at a time with its own Tesseract instance, so a parser that overflows
 * the stack, exhausts the heap, hangs or crashes natively costs this process and one document, never the
 * service. It exits when stdin closes (the service stopped, or died) and after any {@link Error}, once the
 * document is answered, because a JVM that saw one is not trusted with the next document.
 */
public final class ExtractionWorkerMain {

    static final int EXIT_AFTER_ERROR = 3;
    static final int EXIT_FAILED_TO_START = 2;

    private ExtractionWorkerMain() {}

    /** {@code key=value} arguments: the {@link OcrSettings} components, see {@link #arguments(OcrSettings)}. */
    public static void main(String[] args) {
        // The protocol owns fd 1: whatever else prints (a library, a stray System.out) goes to stderr.
        DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        DataInputStream in =
                new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        Logger log = LoggerFactory.getLogger(ExtractionWorkerMain.class);
        int exit = 0;
        OcrSettings settings = settings(args);
        try (TesseractOcr ocr = new TesseractOcr(settings)) {
            DocumentTextExtractor extractor = new DocumentTextExtractor(settings, ocr);
            WorkerProtocol.writeReady(out);
            byte[] document;
            while ((document = WorkerProtocol.readRequest(in)) != null) {
                Throwable error = answer(extractor, document, out);
                if (error != null) {
                    log.warn("extraction worker recycled after {}", error.toString());
                    exit = EXIT_AFTER_ERROR;
                    break;
                }
            }
        } catch (IOException e) {
            log.warn("extraction worker stream failed: {}", e.toString());
            exit = EXIT_FAILED_TO_START;
        } catch (RuntimeException | Error e) {
            log.error("extraction worker failed", e);
            exit = EXIT_FAILED_TO_START;
        }
        System.exit(exit);
    }

    /** Answers one document; returns the {@link Error} behind its failure, if any, so the worker exits. */
    private static Throwable answer(DocumentTextExtractor extractor, byte[] document, DataOutputStream out)
            throws IOException {
        try {
            WorkerProtocol.writeText(out, extractor.extract(document));
            return null;
        } catch (RejectionException e) {
            Throwable error = e.getCause() instanceof Error cause ? cause : null;
            WorkerProtocol.writeRejection(out, e.reason(), e.getMessage(), error != null);
            return error;
        } catch (OcrBusyException e) {
            WorkerProtocol.writeRejection(out, RejectReason.OCR_FAILED, "OCR worker busy: " + e.getMessage(), false);
            return null;
        } catch (RuntimeException e) {
            WorkerProtocol.writeRejection(out, RejectReason.UNREADABLE, "extraction failed: " + e, false);
            return null;
        } catch (StackOverflowError | OutOfMemoryError e) {
            WorkerProtocol.writeRejection(out, RejectReason.UNREADABLE, "extraction failed: " + e, true);
            return e;
        } catch (Error e) {
            WorkerProtocol.writeRejection(out, RejectReason.OCR_FAILED, "extraction failed: " + e, true);
            return e;
        }
    }

    /** The worker's arguments for {@code settings}: one worker thread, one queued page. */
    static String[] arguments(OcrSettings settings) {
        return new String[] {
            "tessdataPath=" + settings.tessdataPath(),
            "language=" + settings.language(),
            "pageSegMode=" + settings.pageSegMode(),
            "dpi=" + settings.dpi(),
            "pageTimeout=" + settings.pageTimeout(),
            "maxPages=" + settings.maxPages(),
            "maxImagePixels=" + settings.maxImagePixels(),
            "minTextLayerChars=" + settings.minTextLayerChars()
        };
    }

    static OcrSettings settings(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                values.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        return new OcrSettings(
                values.get("tessdataPath"),
                values.get("language"),
                Integer.parseInt(values.get("pageSegMode")),
                Integer.parseInt(values.get("dpi")),
                1,
                1,
                Duration.parse(values.get("pageTimeout")),
                Integer.parseInt(values.get("maxPages")),
                Long.parseLong(values.get("maxImagePixels")),
                Integer.parseInt(values.get("minTextLayerChars")));
    }
}
