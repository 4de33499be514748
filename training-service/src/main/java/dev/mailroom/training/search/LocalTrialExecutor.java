package dev.mailroom.training.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs trials on a bounded pool of threads of this JVM. */
public final class LocalTrialExecutor implements TrialExecutor {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int parallelism;

    /** A pool of {@code parallelism} threads per search. */
    public LocalTrialExecutor(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, got " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /** The number of trials run at once. */
    public int parallelism() {
        return parallelism;
    }

    @Override
    public void execute(List<Trial> trials, TrialRunner runner, SearchControl control, Consumer<TrialResult> onResult) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor =
                Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, trials.size())), r -> {
                    Thread t = new Thread(r, "trials-" + pool + "-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Trial trial : trials) {
                futures.add(executor.submit(() -> {
                    String stop = control.stopReason();
                    TrialResult result = stop != null ? abandoned(trial, stop) : runner.run(trial, control);
                    onResult.accept(result);
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for trials", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a trial listener failed", e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    static TrialResult abandoned(Trial trial, String reason) {
        return new TrialResult(
                trial.number(),
                trial.kernel().id(),
                trial.params(),
                TrialStatus.ABANDONED,
                null,
                null,
                null,
                List.of(),
                0,
                reason);
    }
}
