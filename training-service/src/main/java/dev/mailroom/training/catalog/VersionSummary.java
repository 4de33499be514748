package dev.mailroom.training.catalog;

import java.time.Instant;

/**
 * One published version in a listing.
 *
 * @param version the version
 * @param kernel kernel id
 * @param createdAt when it was built
 * @param heldOutMacroF1 held-out macro-F1 from the manifest, if recorded
 * @param heldOutAccuracy held-out accuracy from the manifest, if recorded
 * @param production whether the production alias points at it
 * @param trainingJobId the job that produced it
 */
public record VersionSummary(
        String version,
        String kernel,
        Instant createdAt,
        Double heldOutMacroF1,
        Double heldOutAccuracy,
        boolean production,
        String trainingJobId) {}
