package dev.mailroom.model.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of the {@code production} alias.
 *
 * @param version the version production points at from then on
 * @param promotedAt when
 * @param reason why (free text from the caller)
 * @param kind whether this was a promotion or a rollback
 */
public record Promotion(String version, Instant promotedAt, String reason, Kind kind) {

    public Promotion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(promotedAt, "promotedAt");
        reason = reason == null ? "" : reason;
        kind = kind == null ? Kind.PROMOTE : kind;
    }

    /** A promotion (not a rollback). */
    public Promotion(String version, Instant promotedAt, String reason) {
        this(version, promotedAt, reason, Kind.PROMOTE);
    }

    /** How production changed. */
    public enum Kind {
        /** An explicit or policy-driven promotion. */
        PROMOTE,
        /** A rollback to the version promoted before. */
        ROLLBACK
    }
}
