package dev.mailroom.classifier.ocr;

import java.time.Duration;

/**
 * The text of a document and how it was obtained.
 *
 * @param text the text, never blank
 * @param pages pages read
 * @param method where the text came from
 * @param ocrTime time spent in OCR (zero when none ran)
 */
public record ExtractedText(String text, int pages, Method method, Duration ocrTime) {

    /** Where the text came from. */
    public enum Method {
        /** The document was plain text. */
        PLAIN_TEXT,
        /** The digital text layer of a PDF. */
        TEXT_LAYER,
        /** Tesseract OCR of an image or of rendered PDF pages. */
        OCR
    }
}
