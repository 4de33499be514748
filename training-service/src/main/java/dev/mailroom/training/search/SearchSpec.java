package dev.mailroom.training.search;

import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.kernel.Kernel;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What to search.
 *
 * @param kernels kernels to try, in order
 * @param strategy grid or random
 * @param maxTrials trial budget (grid: the plan is cut there; random: this many points)
 * @param folds cross-validation folds (>= 2)
 * @param metric what is maximised
 * @param timeBudget wall-time budget of the whole search; trials not finished by then are abandoned
 * @param seed seed of fold assignment, random search and kernels
 * @param cutMargin a trial whose first fold scores this much below the best completed trial is cut (0 = never)
 * @param space optional narrower grid per kernel id: parameter name -> values to try
 * @param features feature pipeline configuration of every trial
 */
public record SearchSpec(
        List<Kernel> kernels,
        SearchStrategy strategy,
        int maxTrials,
        int folds,
        Metric metric,
        Duration timeBudget,
        long seed,
        double cutMargin,
        Map<String, Map<String, List<Object>>> space,
        FeatureConfig features) {
    public SearchSpec {
        if (kernels == null || kernels.isEmpty()) {
            throw new IllegalArgumentException("at least one kernel is needed");
        }
        kernels = List.copyOf(kernels);
        if (maxTrials < 1) {
            throw new IllegalArgumentException("trials must be >= 1, got " + maxTrials);
        }
        if (folds < 2 || folds > 20) {
            throw new IllegalArgumentException("folds must be in [2, 20], got " + folds);
        }
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive");
        }
        if (cutMargin < 0 || cutMargin > 1) {
            throw new IllegalArgumentException("cutMargin must be in [0, 1], got " + cutMargin);
        }
        space = space == null ? Map.of() : Map.copyOf(space);
        for (String kernel : space.keySet()) {
            Kernel k = Kernel.fromId(kernel);
            if (!kernels.contains(k)) {
                throw new IllegalArgumentException("the space names kernel " + kernel + " which is not searched");
            }
        }
        features = features == null ? FeatureConfig.defaults() : features;
    }
}
