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
 * @param maxZipEntries zip entry count limit (over every nesting level)
 * @param maxPdfPages PDFs with more pages are refused as too large
 * @param maxArchiveDepth archives nested deeper than this (a zip in a zip ...) are refused as a bomb
 * @param threads extraction worker threads (a bounded pool)
 * @param queueCapacity documents waiting for a worker; beyond it the channel is told to retry
 */
public record ExtractionLimits(
        Duration timeout,
        int maxTextChars,
        int minCharsPerPage,
        long maxExpandedBytes,
        int maxCompressionRatio,
        long ratioCheckFrom,
        int maxZipEntries,
        int maxPdfPages,
        int maxArchiveDepth,
        int threads,
        int queueCapacity) {

    /** The limits of the first seven components, the others at their application.yaml defaults. */
    public ExtractionLimits(
            Duration timeout,
            int maxTextChars,
            int minCharsPerPage,
            long maxExpandedBytes,
            int maxCompressionRatio,
            long ratioCheckFrom,
            int maxZipEntries) {
        this(
                timeout,
                maxTextChars,
                minCharsPerPage,
                maxExpandedBytes,
                maxCompressionRatio,
                ratioCheckFrom,
                maxZipEntries,
                1000,
                3,
                2,
                32);
    }

    /** The defaults of application.yaml, for tests. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(Duration.ofSeconds(30), 1_000_000, 10, 200L << 20, 100, 10L << 20, 10_000);
    }
}
