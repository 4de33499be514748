package dev.mailroom.training.job;

import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.kernel.Kernel;
import dev.mailroom.model.pkg.ModelPackage;
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
     * Checks every field and fills the gaps.
     *
     * @throws IllegalArgumentException naming the first invalid field
     */
    public ResolvedTraining resolve(TrainingDefaults defaults) {
        if (dataset == null) {
            throw new IllegalArgumentException("dataset is required");
        }
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
        return new ResolvedTraining(
                name,
                dataset,
                testDataset,
                fraction,
                spec,
                PromotionPolicy.fromId(promotion == null ? defaults.promotion() : promotion),
                margin);
    }
}
