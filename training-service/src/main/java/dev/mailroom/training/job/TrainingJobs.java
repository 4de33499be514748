package dev.mailroom.training.job;

import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.training.dataset.DatasetNotAllowedException;
import dev.mailroom.training.dataset.DatasetPolicy;
import dev.mailroom.training.dataset.InvalidDatasetException;
import dev.mailroom.training.search.LocalTrialExecutor;
import dev.mailroom.training.search.SearchProgress;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Accepts training jobs, runs them on a bounded worker pool, tracks and persists their progress. */
public final class TrainingJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingJobs.class);

    /** Search progress is persisted at most this often (phase and status changes always are). */
    private static final long SAVE_INTERVAL_MILLIS = 1_000;

    private final ModelRegistry registry;
    private final JobStore store;
    private final TrainingDefaults defaults;
    private final TrainingLimits limits;
    private final DatasetPolicy datasets;
    private final int trialParallelism;
    private final Clock clock;
    private final ExecutorService workers;
    private final Map<String, JobState> jobs = new ConcurrentHashMap<>();

    /**
     * Jobs without limits on requests and datasets (tests, embedded use).
     *
     * @param trialParallelism trials run at once within a job
     * @param concurrentJobs jobs run at once; the others wait in the queue
     */
    public TrainingJobs(
            ModelRegistry registry, TrainingDefaults defaults, int trialParallelism, int concurrentJobs, Clock clock) {
        this(
                registry,
                defaults,
                TrainingLimits.unbounded(),
                DatasetPolicy.unrestricted(),
                trialParallelism,
                concurrentJobs,
                clock);
    }

    /**
     * @param limits upper bounds on requests
     * @param datasets where datasets may come from
     * @param trialParallelism trials run at once within a job
     * @param concurrentJobs jobs run at once; the others wait in the queue
     */
    public TrainingJobs(
            ModelRegistry registry,
            TrainingDefaults defaults,
            TrainingLimits limits,
            DatasetPolicy datasets,
            int trialParallelism,
            int concurrentJobs,
            Clock clock) {
        this.registry = registry;
        this.store = new JobStore(registry);
        this.defaults = defaults;
        this.limits = limits;
        this.datasets = datasets;
        this.trialParallelism = trialParallelism;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(concurrentJobs, r -> {
            Thread t = new Thread(r, "training-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        recover();
    }

    /** The defaults applied to requests. */
    public TrainingDefaults defaults() {
        return defaults;
    }

    /**
     * Validates and queues a job.
     *
     * @throws TrainingLimitException for a request over a limit
     * @throws DatasetNotAllowedException for a dataset outside the roots or allow-lists
     * @throws IllegalArgumentException for an otherwise invalid request
     */
    public TrainingJob submit(TrainingRequest request) {
        ResolvedTraining training = request.resolve(defaults, limits, datasets);
        String id = UUID.randomUUID().toString();
        JobState state = new JobState(id, training.model(), request.redacted(), clock.instant());
        jobs.put(id, state);
        store.save(state.snapshot());
        workers.submit(() -> execute(state, training));
        return state.snapshot();
    }

    /** The job with this id. */
    public Optional<TrainingJob> find(String id) {
        return Optional.ofNullable(jobs.get(id)).map(JobState::snapshot);
    }

    /** Every job, newest first. */
    public List<TrainingJob> list() {
        return jobs.values().stream()
                .map(JobState::snapshot)
                .sorted(Comparator.comparing(TrainingJob::createdAt).reversed())
                .toList();
    }

    /**
     * Asks a queued or running job to stop; it ends as {@link JobStatus#CANCELLED} at its next check.
     *
     * @throws JobNotFoundException for an unknown id
     * @throws JobFinishedException when the job has already ended
     */
    public TrainingJob cancel(String id) {
        JobState state = jobs.get(id);
        if (state == null) {
            throw new JobNotFoundException(id);
        }
        synchronized (state) {
            if (state.status().finished()) {
                throw new JobFinishedException(id, state.status());
            }
            state.requestCancel();
        }
        return state.snapshot();
    }

    @Override
    public void close() {
        jobs.values().forEach(JobState::requestCancel);
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void recover() {
        for (TrainingJob job : store.loadAll()) {
            JobState state = new JobState(job);
            if (!job.status().finished()) {
                // The process that ran it is gone: say so instead of showing it running forever.
                state.ended(
                        JobStatus.FAILED,
                        "interrupted",
                        "the service stopped while the job was "
                                + job.status().name().toLowerCase(Locale.ROOT),
                        clock.instant());
                store.save(state.snapshot());
            }
            jobs.put(job.id(), state);
        }
        LOG.info("{} training jobs recovered from {}", jobs.size(), registry.location());
    }

    private void execute(JobState state, ResolvedTraining training) {
        if (state.cancelRequested()) {
            state.ended(JobStatus.CANCELLED, "cancelled", "cancelled before it started", clock.instant());
            save(state);
            return;
        }
        state.started(clock.instant());
        save(state);
        long[] lastSave = {0};
        TrainingListener listener = new TrainingListener() {
            @Override
            public void phase(String phase) {
                state.phase(phase);
                save(state);
            }

            @Override
            public void rowsRead(long rows) {
                state.rowsRead(rows);
            }

            @Override
            public void dataset(DatasetSummary summary) {
                state.dataset(summary);
                save(state);
            }

            @Override
            public void search(SearchProgress progress) {
                state.search(progress);
                long now = System.currentTimeMillis();
                synchronized (lastSave) {
                    if (now - lastSave[0] >= SAVE_INTERVAL_MILLIS) {
                        lastSave[0] = now;
                        save(state);
                    }
                }
            }
        };
        try {
            TrainingResult result = new TrainingRun(registry, new LocalTrialExecutor(trialParallelism), clock)
                    .run(state.id(), training, listener, state::cancelRequested);
            state.succeeded(result, clock.instant());
            LOG.info(
                    "training job {} published {} {} ({} {})",
                    state.id(),
                    training.model(),
                    result.version(),
                    result.best().kernel(),
                    result.heldOut().macroF1());
        } catch (TrainingCancelledException e) {
            state.ended(JobStatus.CANCELLED, "cancelled", e.getMessage(), clock.instant());
        } catch (InvalidDatasetException e) {
            state.ended(JobStatus.FAILED, e.reason().code(), e.getMessage(), clock.instant());
        } catch (DatasetNotAllowedException e) {
            state.ended(JobStatus.FAILED, e.code(), e.getMessage(), clock.instant());
        } catch (TrainingFailedException e) {
            state.ended(JobStatus.FAILED, e.code(), e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("training job {} failed", state.id(), e);
            state.ended(
                    JobStatus.FAILED,
                    "internal-error",
                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                    clock.instant());
        }
        save(state);
    }

    private void save(JobState state) {
        try {
            store.save(state.snapshot());
        } catch (RuntimeException e) {
            LOG.warn("could not persist training job {}: {}", state.id(), e.getMessage());
        }
    }
}
