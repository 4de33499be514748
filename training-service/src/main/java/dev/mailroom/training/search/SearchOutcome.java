package dev.mailroom.training.search;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The end of a search.
 *
 * @param leaderboard every trial, best first (completed trials by score, then the others)
 * @param trialsPlanned trials in the plan
 * @param elapsed wall time
 * @param stopReason why the search ended early (cancelled, time budget) or null
 */
public record SearchOutcome(List<TrialResult> leaderboard, int trialsPlanned, Duration elapsed, String stopReason) {
    public SearchOutcome {
        leaderboard = List.copyOf(leaderboard);
    }

    /** The winning trial, if any trial completed. */
    public Optional<TrialResult> best() {
        return leaderboard.stream().filter(TrialResult::eligible).findFirst();
    }
}
