package dev.mailroom.training.search;

import dev.mailroom.model.LabelledText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Grid or random search with stratified k-fold cross-validation, trial budget, time budget and early cut. */
public final class HyperparameterSearch {

    /** Completed trials by score (best first), ties by number; then cut, abandoned and failed ones. */
    static final Comparator<TrialResult> LEADERBOARD = Comparator.comparing((TrialResult r) -> !r.eligible())
            .thenComparing(r -> r.score() == null ? Double.NEGATIVE_INFINITY : -r.score())
            .thenComparingInt(TrialResult::number);

    private final TrialExecutor executor;
    private final Clock clock;

    public HyperparameterSearch(TrialExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /** The trials {@code spec} plans, without running them. */
    public static List<Trial> plan(SearchSpec spec) {
        return TrialPlanner.plan(spec);
    }

    /**
     * Runs the search on {@code train}.
     *
     * @param progress hears of every finished trial
     * @param cancelled polled between folds; true stops the search
     */
    public SearchOutcome run(
            List<LabelledText> train, SearchSpec spec, Consumer<SearchProgress> progress, BooleanSupplier cancelled) {
        Instant start = clock.instant();
        List<Trial> trials = TrialPlanner.plan(spec);
        SearchControl control = new SearchControl(cancelled, clock, start.plus(spec.timeBudget()), spec.cutMargin());
        TrialRunner runner = new CrossValidationRunner(
                Splits.folds(train, spec.folds(), spec.seed()), spec.metric(), spec.features(), spec.seed());
        List<TrialResult> results = new ArrayList<>();
        progress.accept(new SearchProgress(0, trials.size(), null, Duration.ZERO, null, List.of()));
        executor.execute(trials, runner, control, result -> {
            // Under the lock, so listeners see trialsDone grow monotonically.
            synchronized (results) {
                control.offer(result);
                results.add(result);
                progress.accept(snapshot(results, trials.size(), start, spec.timeBudget()));
            }
        });
        List<TrialResult> board = sorted(results);
        return new SearchOutcome(board, trials.size(), Duration.between(start, clock.instant()), control.stopReason());
    }

    private SearchProgress snapshot(List<TrialResult> results, int total, Instant start, Duration budget) {
        Duration elapsed = Duration.between(start, clock.instant());
        int done = results.size();
        Duration eta = done == 0 ? null : elapsed.multipliedBy(total - done).dividedBy(done);
        Duration left = budget.minus(elapsed);
        if (eta != null && left.compareTo(eta) < 0) {
            eta = left.isNegative() ? Duration.ZERO : left;
        }
        List<TrialResult> board = sorted(results);
        TrialResult best =
                board.stream().filter(TrialResult::eligible).findFirst().orElse(null);
        return new SearchProgress(done, total, best, elapsed, eta, board);
    }

    private static List<TrialResult> sorted(List<TrialResult> results) {
        List<TrialResult> board = new ArrayList<>(results);
        board.sort(LEADERBOARD);
        return board;
    }
}
