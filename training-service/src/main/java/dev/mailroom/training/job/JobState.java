package dev.mailroom.training.job;

import dev.mailroom.training.search.SearchProgress;
import dev.mailroom.training.search.TrialResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mutable state of one job behind its immutable {@link TrainingJob} snapshots. */
final class JobState {

    private final String id;
    private final String model;
    private final TrainingRequest request;
    private final Instant createdAt;
    private volatile boolean cancelRequested;
    private JobStatus status = JobStatus.QUEUED;
    private String phase;
    private Instant startedAt;
    private Instant finishedAt;
    private long rowsRead;
    private DatasetSummary dataset;
    private int trialsDone;
    private int trialsTotal;
    private TrialResult best;
    private Long etaSeconds;
    private List<TrialResult> leaderboard = List.of();
    private String version;
    private Map<String, Object> heldOut;
    private PromotionOutcome promotion;
    private Map<String, String> error;

    JobState(String id, String model, TrainingRequest request, Instant createdAt) {
        this.id = id;
        this.model = model;
        this.request = request;
        this.createdAt = createdAt;
    }

    /** Restores a persisted job. */
    JobState(TrainingJob job) {
        this(job.id(), job.model(), job.request(), job.createdAt());
        status = job.status();
        phase = job.phase();
        startedAt = job.startedAt();
        finishedAt = job.finishedAt();
        rowsRead = job.rowsRead();
        dataset = job.dataset();
        trialsDone = job.trialsDone();
        trialsTotal = job.trialsTotal();
        best = job.best();
        etaSeconds = job.etaSeconds();
        leaderboard = job.leaderboard();
        version = job.version();
        heldOut = job.heldOut();
        promotion = job.promotion();
        error = job.error();
    }

    String id() {
        return id;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    synchronized JobStatus status() {
        return status;
    }

    synchronized void requestCancel() {
        cancelRequested = true;
    }

    synchronized void started(Instant at) {
        status = JobStatus.RUNNING;
        startedAt = at;
    }

    synchronized void phase(String newPhase) {
        phase = newPhase;
    }

    synchronized void rowsRead(long rows) {
        rowsRead = rows;
    }

    synchronized void dataset(DatasetSummary summary) {
        dataset = summary;
        rowsRead = summary.rowsRead();
    }

    synchronized void search(SearchProgress progress) {
        trialsDone = progress.trialsDone();
        trialsTotal = progress.trialsTotal();
        best = progress.best();
        etaSeconds = progress.eta() == null ? null : progress.eta().toSeconds();
        leaderboard = progress.leaderboard();
    }

    synchronized void succeeded(TrainingResult result, Instant at) {
        status = JobStatus.SUCCEEDED;
        phase = null;
        finishedAt = at;
        etaSeconds = 0L;
        leaderboard = result.search().leaderboard();
        best = result.best();
        version = result.version();
        heldOut = result.heldOut().toMap();
        promotion = result.promotion();
    }

    synchronized void ended(JobStatus endStatus, String code, String detail, Instant at) {
        status = endStatus;
        finishedAt = at;
        etaSeconds = null;
        Map<String, String> e = new LinkedHashMap<>();
        e.put("code", code);
        e.put("detail", detail);
        error = e;
    }

    synchronized TrainingJob snapshot() {
        return new TrainingJob(
                id,
                model,
                status,
                phase,
                request,
                createdAt,
                startedAt,
                finishedAt,
                rowsRead,
                dataset,
                trialsDone,
                trialsTotal,
                best,
                etaSeconds,
                leaderboard,
                version,
                heldOut,
                promotion,
                error);
    }
}
