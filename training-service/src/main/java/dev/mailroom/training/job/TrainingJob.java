package dev.mailroom.training.job;

import dev.mailroom.training.search.TrialResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of a training job, as served by REST and persisted as {@code jobs/<id>.json} in the registry.
 *
 * @param id job id
 * @param model model name
 * @param status lifecycle state
 * @param phase current phase while running (loading, searching, refitting, evaluating, publishing, promoting)
 * @param request the request as submitted (secrets left out)
 * @param createdAt when it was accepted
 * @param startedAt when a worker took it
 * @param finishedAt when it ended
 * @param rowsRead rows read so far from the training source
 * @param dataset what was read, once loaded
 * @param trialsDone trials with a result
 * @param trialsTotal trials planned
 * @param best the best completed trial so far
 * @param etaSeconds estimated seconds left in the search
 * @param leaderboard every trial so far, best first
 * @param version the published version
 * @param heldOut held-out evaluation of the published version
 * @param promotion what the promotion policy decided
 * @param error why it failed: {@code code} and {@code detail}
 */
public record TrainingJob(
        String id,
        String model,
        JobStatus status,
        String phase,
        TrainingRequest request,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        long rowsRead,
        DatasetSummary dataset,
        int trialsDone,
        int trialsTotal,
        TrialResult best,
        Long etaSeconds,
        List<TrialResult> leaderboard,
        String version,
        Map<String, Object> heldOut,
        PromotionOutcome promotion,
        Map<String, String> error) {
    public TrainingJob {
        leaderboard = leaderboard == null ? List.of() : List.copyOf(leaderboard);
    }
}
