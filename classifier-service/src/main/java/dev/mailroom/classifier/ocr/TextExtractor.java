package dev.mailroom.classifier.ocr;

/**
 * Gets the text out of a document's raw bytes; {@link dev.mailroom.classifier.RejectionException} says why it
 * cannot (with the reason code of {@code document.rejected.v1}), {@link OcrBusyException} asks to come back.
 */
public interface TextExtractor {

    /** The text of {@code bytes}, read as PDF, image or UTF-8 text. */
    ExtractedText extract(byte[] bytes);
}
