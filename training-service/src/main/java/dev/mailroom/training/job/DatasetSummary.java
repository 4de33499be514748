package dev.mailroom.training.job;

import java.util.Map;

/**
 * What a job read.
 *
 * @param source the training source (no secrets)
 * @param rowsRead rows delivered by the training source
 * @param rowsSkipped rows without text
 * @param trainSize documents searched and refit on
 * @param testSize held-out documents
 * @param labelCounts training documents per label code
 * @param fingerprint sha256 of the training split
 */
public record DatasetSummary(
        String source,
        long rowsRead,
        long rowsSkipped,
        int trainSize,
        int testSize,
        Map<String, Integer> labelCounts,
        String fingerprint) {}
