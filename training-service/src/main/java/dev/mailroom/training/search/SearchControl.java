package dev.mailroom.training.search;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** What running trials consult between folds: cancellation, the time budget, and the best score so far. */
public final class SearchControl {

    private final BooleanSupplier cancelled;
    private final Clock clock;
    private final Instant deadline;
    private final double cutMargin;
    private volatile double bestScore = Double.NEGATIVE_INFINITY;

    SearchControl(BooleanSupplier cancelled, Clock clock, Instant deadline, double cutMargin) {
        this.cancelled = cancelled;
        this.clock = clock;
        this.deadline = deadline;
        this.cutMargin = cutMargin;
    }

    /** Why work should stop now, or null to go on. */
    public String stopReason() {
        if (cancelled.getAsBoolean()) {
            return "cancelled";
        }
        if (!clock.instant().isBefore(deadline)) {
            return "time budget exhausted";
        }
        return null;
    }

    /** Whether a trial whose folds so far average {@code partialScore} cannot reasonably win any more. */
    public boolean hopeless(double partialScore) {
        return cutMargin > 0 && partialScore < bestScore - cutMargin;
    }

    /** The best completed trial's score so far. */
    public double bestScore() {
        return bestScore;
    }

    synchronized void offer(TrialResult result) {
        if (result.eligible() && result.score() > bestScore) {
            bestScore = result.score();
        }
    }
}
