package dev.mailroom.training.search;

import java.time.Duration;
import java.util.List;

/**
 * A snapshot of a running search.
 *
 * @param trialsDone trials with a result
 * @param trialsTotal trials planned
 * @param best the best completed trial so far (null before the first)
 * @param elapsed time since the search started
 * @param eta estimated time to the end (bounded by the time budget)
 * @param leaderboard every result so far, best first
 */
public record SearchProgress(
        int trialsDone,
        int trialsTotal,
        TrialResult best,
        Duration elapsed,
        Duration eta,
        List<TrialResult> leaderboard) {
    public SearchProgress {
        leaderboard = List.copyOf(leaderboard);
    }
}
