package dev.mailroom.ingest.extraction;

import java.time.Duration;

/**
 * Extraction limits, free of Spring types (see {@link ExtractionProperties} for their meaning).
 *
 * @param timeout time limit per document
 * @param maxTextChars cut extracted text after this many characters
 * @param minCharsPerPage text-layer threshold for PDFs
 * @param maxExpandedBytes zip expansion limit
 * @param maxCompressionRatio zip expansion ratio limit
 * @param ratioCheckFrom expanded size from which the ratio is checked
 * @param maxZipEntries zip entry count limit
 */
public record ExtractionLimits(
        Duration timeout,
        int maxTextChars,
        int minCharsPerPage,
        long maxExpandedBytes,
        int maxCompressionRatio,
        long ratioCheckFrom,
        int maxZipEntries) {

    /** The defaults of application.yaml, for tests. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(Duration.ofSeconds(30), 1_000_000, 10, 200L << 20, 100, 10L << 20, 10_000);
    }
}
