package dev.mailroom.training.job;

import dev.mailroom.model.LabelledText;
import dev.mailroom.model.LoadedModel;
import dev.mailroom.model.ModelLoader;
import dev.mailroom.model.eval.Evaluation;
import dev.mailroom.model.kernel.Kernel;
import dev.mailroom.model.kernel.TrainedModel;
import dev.mailroom.model.pkg.ModelPackage;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.training.dataset.Dataset;
import dev.mailroom.training.dataset.DatasetLoader;
import dev.mailroom.training.dataset.DatasetPolicy;
import dev.mailroom.training.dataset.DatasetRow;
import dev.mailroom.training.search.HyperparameterSearch;
import dev.mailroom.training.search.SearchOutcome;
import dev.mailroom.training.search.Splits;
import dev.mailroom.training.search.TrialExecutor;
import dev.mailroom.training.search.TrialResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * One training run: load and split the data, search, refit the winner on the whole training split, evaluate it on
 * the held-out split, publish it as a new version and apply the promotion policy.
 */
public final class TrainingRun {

    private final ModelRegistry registry;
    private final TrialExecutor trials;
    private final Clock clock;

    public TrainingRun(ModelRegistry registry, TrialExecutor trials, Clock clock) {
        this.registry = registry;
        this.trials = trials;
        this.clock = clock;
    }

    /**
     * Runs {@code training} to the end.
     *
     * @param jobId recorded in the manifest (may be null)
     * @param cancelled polled between folds and phases
     * @throws TrainingCancelledException when cancelled before publishing
     * @throws TrainingFailedException when no trial completed
     * @throws dev.mailroom.training.dataset.InvalidDatasetException when the data is unusable
     */
    public TrainingResult run(
            String jobId, ResolvedTraining training, TrainingListener listener, BooleanSupplier cancelled) {
        Instant start = clock.instant();
        listener.phase("loading");
        // checked again here: a link under a dataset root may have been re-pointed since the request was accepted
        DatasetPolicy policy = training.datasetPolicy();
        DatasetLoader loader = new DatasetLoader(listener::rowsRead, training.maxDatasetRows());
        Dataset data = loader.load(policy.check("dataset", training.dataset()).open());
        List<LabelledText> all = texts(data.rows());
        Splits.Holdout split;
        if (training.testDataset() != null) {
            Dataset test = new DatasetLoader(n -> {}, training.maxDatasetRows())
                    .load(policy.check("testDataset", training.testDataset()).open());
            split = new Splits.Holdout(all, texts(test.rows()));
        } else {
            split = Splits.holdout(
                    all, training.testFraction(), training.search().seed());
        }
        String fingerprint = ModelPackage.fingerprint(split.train());
        Map<String, Integer> counts = new TreeMap<>();
        split.train().forEach(t -> counts.merge(t.label().code(), 1, Integer::sum));
        DatasetSummary summary = new DatasetSummary(
                data.source(),
                data.rowsRead(),
                data.rowsSkipped(),
                split.train().size(),
                split.test().size(),
                counts,
                fingerprint);
        listener.dataset(summary);
        checkCancelled(cancelled);

        listener.phase("searching");
        SearchOutcome outcome = new HyperparameterSearch(trials, clock)
                .run(split.train(), training.search(), listener::search, cancelled);
        checkCancelled(cancelled);
        TrialResult best = outcome.best()
                .orElseThrow(() -> new TrainingFailedException(
                        "no-trial-completed",
                        "none of the " + outcome.trialsPlanned() + " trials completed"
                                + (outcome.stopReason() == null ? "" : " (" + outcome.stopReason() + ")")
                                + firstFailure(outcome)));

        listener.phase("refitting");
        TrainedModel model = Kernel.fromId(best.kernel())
                .train(
                        split.train(),
                        best.params(),
                        training.search().features(),
                        training.search().seed());
        checkCancelled(cancelled);

        listener.phase("evaluating");
        Evaluation heldOut = Evaluation.of(model, split.test());

        listener.phase("publishing");
        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, Object> cv = new LinkedHashMap<>();
        cv.put("folds", training.search().folds());
        cv.put("metric", training.search().metric().id());
        cv.put("score", best.score());
        cv.put("macroF1", best.macroF1());
        cv.put("accuracy", best.accuracy());
        cv.put("foldScores", best.foldScores());
        cv.put("trials", outcome.leaderboard().size());
        metrics.put("cv", cv);
        metrics.put("heldOut", heldOut.toMap());
        ModelPackage pkg = ModelPackage.of(
                model, training.model(), metrics, fingerprint, split.train().size(), jobId, clock.instant());
        String version = registry.publish(pkg);

        listener.phase("promoting");
        PromotionOutcome promotion = promote(training, version, heldOut, split.test());
        double seconds = Duration.between(start, clock.instant()).toMillis() / 1000.0;
        return new TrainingResult(summary, outcome, best, heldOut, version, promotion, seconds);
    }

    private PromotionOutcome promote(
            ResolvedTraining training, String version, Evaluation heldOut, List<LabelledText> test) {
        String name = training.model();
        double challenger = training.search().metric().of(heldOut);
        Optional<String> current = registry.production(name);
        String policy = training.promotion().id();
        switch (training.promotion()) {
            case NEVER -> {
                return new PromotionOutcome(policy, false, "policy never", current.orElse(null), challenger, null);
            }
            case ALWAYS -> {
                String reason =
                        "policy always: held-out " + training.search().metric().id() + " " + format(challenger);
                registry.promote(name, version, reason);
                return new PromotionOutcome(policy, true, reason, current.orElse(null), challenger, null);
            }
            default -> {
                if (current.isEmpty()) {
                    String reason = "policy if-better: no production version yet; held-out "
                            + training.search().metric().id() + " " + format(challenger);
                    registry.promote(name, version, reason);
                    return new PromotionOutcome(policy, true, reason, null, challenger, null);
                }
                LoadedModel production = ModelLoader.load(registry.fetch(name, current.get()));
                double incumbent = training.search().metric().of(Evaluation.of(production, test));
                boolean better = challenger >= incumbent + training.promotionMargin();
                String reason = String.format(
                        "policy if-better: %s %s vs production %s %s on the same %d held-out documents, margin %s",
                        version,
                        format(challenger),
                        current.get(),
                        format(incumbent),
                        test.size(),
                        format(training.promotionMargin()));
                if (better) {
                    registry.promote(name, version, reason);
                }
                return new PromotionOutcome(policy, better, reason, current.get(), challenger, incumbent);
            }
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String firstFailure(SearchOutcome outcome) {
        return outcome.leaderboard().stream()
                .filter(r -> r.detail() != null)
                .findFirst()
                .map(r -> "; e.g. trial " + r.number() + ": " + r.detail())
                .orElse("");
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new TrainingCancelledException();
        }
    }

    static List<LabelledText> texts(List<DatasetRow> rows) {
        return rows.stream().map(r -> new LabelledText(r.text(), r.label())).toList();
    }
}
