package dev.mailroom.classifier.ocr;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * OCR and text extraction settings ({@code mailroom.classifier.ocr.*}).
 *
 * @param tessdataPath the tessdata directory with {@code <language>.traineddata} (Debian:
 *     /usr/share/tesseract-ocr/5/tessdata; defaults to env TESSDATA_PREFIX)
 * @param language Tesseract language(s), e.g. {@code eng} or {@code eng+deu}
 * @param pageSegMode Tesseract page segmentation mode; 3 (fully automatic) reads letters best, the API
 *     default 6 lost 4 points of character accuracy
 * @param dpi resolution PDF pages are rendered at before OCR
 * @param threads OCR worker threads, each with its own Tesseract instance (one core each)
 * @param queueCapacity pages that may wait for a worker; beyond it OCR is refused as busy
 * @param pageTimeout longest wait for one page's OCR result
 * @param maxPages pages over this count are refused as too large
 * @param maxImagePixels images (or rendered pages) over this many pixels are refused as a decompression bomb
 * @param minTextLayerChars a PDF whose text layer has fewer non-blank characters is treated as a scan
 * @param isolation where documents are parsed, rendered and OCRed: {@code process} (default) in child JVMs
 *     ({@code threads} of them), where a crash, hang or {@link Error} costs one document; {@code in-process} in
 *     the service's JVM (development: an {@link Error} still costs one document, but a native crash or an
 *     endless loop is the service's)
 * @param documentTimeout hard time limit per document in {@code process} isolation: the worker is killed and
 *     the document rejected as {@code timeout}
 * @param workerStartTimeout longest wait for a worker process to load Tesseract and report ready
 * @param workerMaxHeap the {@code -Xmx} of each worker process, e.g. {@code 512m}: a pixel bomb that gets past
 *     the header checks exhausts this heap, not the service's
 * @param workerJvmOptions further JVM options of the worker processes, space-separated
 */
@Validated
@ConfigurationProperties("mailroom.classifier.ocr")
public record OcrProperties(
        @NotBlank String tessdataPath,
        @NotBlank String language,
        @Min(0) @Max(13) int pageSegMode,
        @Min(72) @Max(600) int dpi,
        @Min(1) int threads,
        @Min(1) int queueCapacity,
        @NotNull Duration pageTimeout,
        @Min(1) int maxPages,
        @Min(1) long maxImagePixels,
        @Min(0) int minTextLayerChars,
        @NotNull Isolation isolation,
        @NotNull Duration documentTimeout,
        @NotNull Duration workerStartTimeout,
        @NotBlank @Pattern(regexp = "[0-9]+[kKmMgG]?") String workerMaxHeap,
        String workerJvmOptions) {

    /** Where documents are extracted. */
    public enum Isolation {
        /** In child JVMs: a crash, a hang or an Error costs one document. */
        PROCESS,
        /** In the service's JVM. */
        IN_PROCESS
    }

    /** The worker process settings. */
    public WorkerSettings workers() {
        return new WorkerSettings(
                documentTimeout, workerStartTimeout, workerMaxHeap, workerJvmOptions == null ? "" : workerJvmOptions);
    }

    /** The settings as the plain OCR library takes them. */
    public OcrSettings settings() {
        return new OcrSettings(
                tessdataPath,
                language,
                pageSegMode,
                dpi,
                threads,
                queueCapacity,
                pageTimeout,
                maxPages,
                maxImagePixels,
                minTextLayerChars);
    }
}
