package dev.mailroom.training.search;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one trial, a leaderboard row.
 *
 * @param number the trial's number in the plan
 * @param kernel kernel id
 * @param params hyperparameters
 * @param status how it ended
 * @param score mean cross-validated score of the search metric over the folds scored (null when no fold was scored)
 * @param macroF1 mean cross-validated macro-F1
 * @param accuracy mean cross-validated accuracy
 * @param foldScores the metric per fold scored
 * @param millis wall time
 * @param detail why it failed, was cut or abandoned (null when completed)
 */
public record TrialResult(
        int number,
        String kernel,
        Map<String, Object> params,
        TrialStatus status,
        Double score,
        Double macroF1,
        Double accuracy,
        List<Double> foldScores,
        long millis,
        String detail) {
    public TrialResult {
        params = Map.copyOf(params);
        foldScores = List.copyOf(foldScores);
    }

    /** Whether this trial may win: only completed trials do. */
    public boolean eligible() {
        return status == TrialStatus.COMPLETED && score != null;
    }
}
