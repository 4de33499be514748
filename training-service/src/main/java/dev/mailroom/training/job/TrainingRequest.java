package dev.mailroom.training.job;

import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.kernel.Kernel;
import dev.mailroom.model.pkg.ModelPackage;
import dev.mailroom.training.dataset.DatasetNotAllowedException;
import dev.mailroom.training.dataset.DatasetPolicy;
import dev.mailroom.training.dataset.DatasetSpec;
import dev.mailroom.training.search.Metric;
import dev.mailroom.training.search.SearchSpec;
import dev.mailroom.training.search.SearchStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A training job as requested (REST body, CLI flags); null fields take the service's {@link TrainingDefaults}.
 *
 * @param model model name to publish under, e.g. {@code mailroom-text}
 * @param dataset training data
 * @param testDataset held-out data; when null a stratified share of {@code dataset} is held out
 * @param testFraction share held out when {@code testDataset} is null
 * @param kernels kernel ids to search: logistic, linear-svm, naive-bayes, xgboost, mlp
 * @param search grid or random
 * @param trials trial budget
 * @param folds cross-validation folds
 * @param metric macro-f1 or accuracy
 * @param timeBudgetSeconds search time budget
 * @param seed seed of splits, search and kernels
 * @param space optional narrower grid: kernel id -> parameter -> values
 * @param promotion never, always or if-better
 * @param promotionMargin how much better (in the metric) than production an if-better challenger must be
 */
public record TrainingRequest(
        String model,
        DatasetSpec dataset,
        DatasetSpec testDataset,
        Double testFraction,
        List<String> kernels,
        String search,
        Integer trials,
        Integer folds,
        String metric,
        Long timeBudgetSeconds,
        Long seed,
        Map<String, Map<String, List<Object>>> space,
        String promotion,
        Double promotionMargin) {

    /**
     * Checks every field and fills the gaps, without limits (the CLI).
     *
     * @throws IllegalArgumentException naming the first invalid field
     */
    public ResolvedTraining resolve(TrainingDefaults defaults) {
        return resolve(defaults, TrainingLimits.unbounded(), DatasetPolicy.unrestricted());
    }

    /**
     * Checks every field against {@code limits} and {@code datasets} and fills the gaps.
     *
     * @throws TrainingLimitException when a value (given or default) is over a limit
     * @throws DatasetNotAllowedException when a dataset is outside the roots or allow-lists
     * @throws IllegalArgumentException naming the first otherwise invalid field
     */
    public ResolvedTraining resolve(TrainingDefaults defaults, TrainingLimits limits, DatasetPolicy datasets) {
        if (dataset == null) {
            throw new IllegalArgumentException("dataset is required");
        }
        checkLimits(defaults, limits);
        String name = model == null || model.isBlank() ? defaults.model() : model.trim();
        ModelPackage.checkName("model", name);
        double fraction = testFraction == null ? defaults.testFraction() : testFraction;
        if (testDataset == null && !(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), got " + fraction);
        }
        List<Kernel> kernelList = (kernels == null || kernels.isEmpty() ? defaults.kernels() : kernels)
                .stream().map(Kernel::fromId).distinct().toList();
        long seedValue = seed == null ? defaults.seed() : seed;
        Duration budget = timeBudgetSeconds == null ? defaults.timeBudget() : Duration.ofSeconds(timeBudgetSeconds);
        SearchSpec spec = new SearchSpec(
                kernelList,
                SearchStrategy.fromId(search == null ? defaults.search() : search),
                trials == null ? defaults.trials() : trials,
                folds == null ? defaults.folds() : folds,
                Metric.fromId(metric == null ? defaults.metric() : metric),
                budget,
                seedValue,
                defaults.cutMargin(),
                space,
                FeatureConfig.defaults());
        double margin = promotionMargin == null ? defaults.promotionMargin() : promotionMargin;
        if (margin < -1 || margin > 1) {
            throw new IllegalArgumentException("promotionMargin must be in [-1, 1], got " + margin);
        }
        // last: the other fields are cheaper to check than a path on disk
        datasets.check("dataset", dataset);
        if (testDataset != null) {
            datasets.check("testDataset", testDataset);
        }
        return new ResolvedTraining(
                name,
                dataset,
                testDataset,
                fraction,
                spec,
                PromotionPolicy.fromId(promotion == null ? defaults.promotion() : promotion),
                margin,
                datasets,
                limits.maxDatasetRows());
    }

    private void checkLimits(TrainingDefaults defaults, TrainingLimits limits) {
        int trialCount = trials == null ? defaults.trials() : trials;
        if (trialCount > limits.maxTrials()) {
            throw new TrainingLimitException(
                    "trials", trialCount, limits.maxTrials(), "mailroom.training.limits.max-trials");
        }
        int foldCount = folds == null ? defaults.folds() : folds;
        if (foldCount > limits.maxFolds()) {
            throw new TrainingLimitException(
                    "folds", foldCount, limits.maxFolds(), "mailroom.training.limits.max-folds");
        }
        if (timeBudgetSeconds != null && timeBudgetSeconds <= 0) {
            throw new IllegalArgumentException("timeBudgetSeconds must be positive, got " + timeBudgetSeconds);
        }
        Duration budget = timeBudgetSeconds == null ? defaults.timeBudget() : Duration.ofSeconds(timeBudgetSeconds);
        if (budget.compareTo(limits.maxTimeBudget()) > 0) {
            throw new TrainingLimitException(
                    "timeBudgetSeconds",
                    budget.toSeconds(),
                    limits.maxTimeBudget().toSeconds(),
                    "mailroom.training.limits.max-time-budget");
        }
        int kernelCount = kernels == null ? 0 : kernels.size();
        if (kernelCount > limits.maxKernels()) {
            throw new TrainingLimitException(
                    "kernels", kernelCount + " entries", limits.maxKernels(), "mailroom.training.limits.max-kernels");
        }
        long spaceValues = 0;
        if (space != null) {
            for (Map<String, List<Object>> parameters : space.values()) {
                spaceValues += parameters == null ? 0 : parameters.size();
                if (parameters != null) {
                    for (List<Object> values : parameters.values()) {
                        spaceValues += values == null ? 0 : values.size();
                    }
                }
            }
        }
        if (spaceValues > limits.maxSpaceValues()) {
            throw new TrainingLimitException(
                    "space",
                    spaceValues + " parameters and values",
                    limits.maxSpaceValues(),
                    "mailroom.training.limits.max-space-values");
        }
    }

    /** This request without secrets (dataset passwords, credentials in connection strings): what a job keeps. */
    public TrainingRequest redacted() {
        return new TrainingRequest(
                model,
                dataset == null ? null : dataset.redacted(),
                testDataset == null ? null : testDataset.redacted(),
                testFraction,
                kernels,
                search,
                trials,
                folds,
                metric,
                timeBudgetSeconds,
                seed,
                space,
                promotion,
                promotionMargin);
    }
}
