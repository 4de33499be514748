package dev.mailroom.classifier.ocr;

/** Every OCR worker is busy and the wait queue is full: a transient condition, retry later. */
public class OcrBusyException extends RuntimeException {

    public OcrBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
