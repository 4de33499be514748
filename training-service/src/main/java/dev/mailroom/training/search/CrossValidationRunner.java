package dev.mailroom.training.search;

import dev.mailroom.model.eval.Evaluation;
import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.kernel.TrainedModel;
import java.util.ArrayList;
import java.util.List;

/** Scores a trial by stratified k-fold cross-validation, cutting it early when it cannot catch up. */
final class CrossValidationRunner implements TrialRunner {

    private final List<Splits.Fold> folds;
    private final Metric metric;
    private final FeatureConfig features;
    private final long seed;

    CrossValidationRunner(List<Splits.Fold> folds, Metric metric, FeatureConfig features, long seed) {
        this.folds = List.copyOf(folds);
        this.metric = metric;
        this.features = features;
        this.seed = seed;
    }

    @Override
    public TrialResult run(Trial trial, SearchControl control) {
        long start = System.nanoTime();
        List<Double> scores = new ArrayList<>();
        List<Double> f1s = new ArrayList<>();
        List<Double> accuracies = new ArrayList<>();
        TrialStatus status = TrialStatus.COMPLETED;
        String detail = null;
        try {
            for (Splits.Fold fold : folds) {
                String stop = control.stopReason();
                if (stop != null) {
                    status = TrialStatus.ABANDONED;
                    detail = stop + " after " + scores.size() + " of " + folds.size() + " folds";
                    break;
                }
                if (!scores.isEmpty() && scores.size() < folds.size() && control.hopeless(mean(scores))) {
                    status = TrialStatus.CUT;
                    detail = String.format(
                            "cut after %d of %d folds: %.4f is more than the margin below the best %.4f",
                            scores.size(), folds.size(), mean(scores), control.bestScore());
                    break;
                }
                TrainedModel model = trial.kernel().train(fold.train(), trial.params(), features, seed);
                Evaluation evaluation = Evaluation.of(model, fold.validation());
                scores.add(metric.of(evaluation));
                f1s.add(evaluation.macroF1());
                accuracies.add(evaluation.accuracy());
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            status = TrialStatus.FAILED;
            detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new TrialResult(
                trial.number(),
                trial.kernel().id(),
                trial.params(),
                status,
                scores.isEmpty() ? null : mean(scores),
                f1s.isEmpty() ? null : mean(f1s),
                accuracies.isEmpty() ? null : mean(accuracies),
                scores,
                millis,
                detail);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
