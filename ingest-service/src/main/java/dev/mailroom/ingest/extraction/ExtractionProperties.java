package dev.mailroom.ingest.extraction;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of type detection and text extraction ({@code mailroom.ingest.extraction.*}).
 *
 * @param timeout longest time detection and extraction of one document may take; over it the document is
 *     rejected with reason {@code timeout}
 * @param maxTextChars extracted text is cut after this many characters
 * @param minCharsPerPage a PDF has a text layer when its text averages at least this many non-blank
 *     characters per page; below it the PDF counts as scanned ({@code textLayer=false})
 * @param maxExpandedSize a zip container (DOCX, zip) expanding to more than this is a decompression bomb
 * @param maxCompressionRatio a zip container expanding more than this many times its size (once past
 *     {@code ratioCheckFrom}) is a decompression bomb
 * @param ratioCheckFrom expanded size from which the compression ratio is checked
 * @param maxZipEntries a zip container with more entries than this, counted over every nested archive and
 *     embedded document, is a bomb
 * @param maxPdfPages a PDF with more pages is refused as {@code too-large} before its text is extracted
 * @param maxArchiveDepth archives nested deeper than this (a zip in a zip ..., an office document embedded in
 *     one) are refused as a decompression bomb; their expansion counts against the same size and ratio limits
 * @param threads extraction worker threads: a bounded pool, so a document that resists its time limit costs
 *     at most one of them
 * @param queueCapacity documents that may wait for a worker; beyond it the document is not accepted and the
 *     channel retries (REST 503)
 */
@Validated
@ConfigurationProperties("mailroom.ingest.extraction")
public record ExtractionProperties(
        @NotNull Duration timeout,
        @Min(1) int maxTextChars,
        @Min(0) int minCharsPerPage,
        @NotNull DataSize maxExpandedSize,
        @Min(2) int maxCompressionRatio,
        @NotNull DataSize ratioCheckFrom,
        @Min(1) int maxZipEntries,
        @Min(1) int maxPdfPages,
        @Min(0) int maxArchiveDepth,
        @Min(1) int threads,
        @Min(1) int queueCapacity) {

    /** The limits as the analyzer takes them. */
    ExtractionLimits limits() {
        return new ExtractionLimits(
                timeout,
                maxTextChars,
                minCharsPerPage,
                maxExpandedSize.toBytes(),
                maxCompressionRatio,
                ratioCheckFrom.toBytes(),
                maxZipEntries,
                maxPdfPages,
                maxArchiveDepth,
                threads,
                queueCapacity);
    }
}
