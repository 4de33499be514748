package dev.mailroom.classifier.ocr;

import java.time.Duration;

/**
 * Framework-free OCR settings; see {@link OcrProperties} for the meaning of each.
 *
 * @param tessdataPath tessdata directory
 * @param language Tesseract language(s)
 * @param pageSegMode page segmentation mode
 * @param dpi PDF render resolution
 * @param threads OCR workers
 * @param queueCapacity waiting pages
 * @param pageTimeout wait per page
 * @param maxPages page limit
 * @param maxImagePixels pixel limit per image
 * @param minTextLayerChars minimum text layer for a digital PDF
 */
public record OcrSettings(
        String tessdataPath,
        String language,
        int pageSegMode,
        int dpi,
        int threads,
        int queueCapacity,
        Duration pageTimeout,
        int maxPages,
        long maxImagePixels,
        int minTextLayerChars) {

    /** Debian's tessdata, English, mode 3, 300 dpi, one worker. */
    public static OcrSettings defaults(String tessdataPath) {
        return new OcrSettings(tessdataPath, "eng", 3, 300, 1, 16, Duration.ofSeconds(60), 20, 40_000_000L, 20);
    }
}
