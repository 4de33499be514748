package dev.mailroom.training.job;

import java.time.Duration;
import java.util.List;

/**
 * What a training request leaves out.
 *
 * @param model model name
 * @param kernels kernel ids searched
 * @param search grid or random
 * @param trials trial budget
 * @param folds cross-validation folds
 * @param metric metric maximised
 * @param timeBudget search time budget
 * @param testFraction share held out when no test dataset is given
 * @param seed seed of splits, search and kernels
 * @param cutMargin early-cut margin (0 = never cut)
 * @param promotion promotion policy
 * @param promotionMargin how much better than production an if-better challenger must be
 */
public record TrainingDefaults(
        String model,
        List<String> kernels,
        String search,
        int trials,
        int folds,
        String metric,
        Duration timeBudget,
        double testFraction,
        long seed,
        double cutMargin,
        String promotion,
        double promotionMargin) {
    public TrainingDefaults {
        kernels = List.copyOf(kernels);
    }

    /** Defaults that suit a laptop: three linear kernels, small grid, three folds, ten minutes. */
    public static TrainingDefaults standard() {
        return new TrainingDefaults(
                "mailroom-text",
                List.of("logistic", "linear-svm", "naive-bayes"),
                "grid",
                12,
                3,
                "macro-f1",
                Duration.ofMinutes(10),
                0.2,
                42,
                0.05,
                "never",
                0.0);
    }
}
