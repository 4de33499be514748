package dev.mailroom.training.job;

import dev.mailroom.model.eval.Evaluation;
import dev.mailroom.training.search.SearchOutcome;
import dev.mailroom.training.search.TrialResult;

/**
 * A finished training run.
 *
 * @param dataset what was read
 * @param search the search and its leaderboard
 * @param best the winning trial
 * @param heldOut the refit winner on the held-out split
 * @param version the published version
 * @param promotion what the promotion policy decided
 * @param seconds wall time of the whole run
 */
public record TrainingResult(
        DatasetSummary dataset,
        SearchOutcome search,
        TrialResult best,
        Evaluation heldOut,
        String version,
        PromotionOutcome promotion,
        double seconds) {}
