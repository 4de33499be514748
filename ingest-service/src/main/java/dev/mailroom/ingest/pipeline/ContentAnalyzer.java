package dev.mailroom.ingest.pipeline;

/** Detects the real type of a document from its bytes and extracts its text layer. */
public interface ContentAnalyzer {

    /**
     * Analyses {@code bytes}.
     *
     * @param bytes the raw document, never trusted
     * @param charsetHint a declared charset for text content, or null
     * @return the detected type, text, text-layer decision and page count
     * @throws RejectedContentException when the content cannot or must not be processed
     */
    Analysis analyze(byte[] bytes, String charsetHint);
}
