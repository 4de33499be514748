package dev.mailroom.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Training service settings ({@code mailroom.training.*}).
 *
 * @param concurrentJobs training jobs run at once; later ones queue
 * @param trialParallelism trials of one job run at once (0 = one per CPU core)
 * @param defaults what a training request leaves out
 * @param limits upper bounds on a training request (over a bound: 422 {@code limit-exceeded} naming the field)
 * @param datasetRoots directories file datasets may be read from, compared as real paths (no {@code ..}, no symbolic
 *     link out); empty: no file dataset is allowed
 * @param allowedJdbcUrls regular expressions a JDBC dataset URL must match as a whole, e.g.
 *     {@code jdbc:postgresql://warehouse\.internal:5432/[a-z_]+} (leave parameters out: drivers take dangerous
 *     ones); empty: no JDBC dataset is allowed
 * @param allowedMongodbUris regular expressions a MongoDB dataset URI must match as a whole; empty: no MongoDB
 *     dataset is allowed
 */
@Validated
@ConfigurationProperties("mailroom.training")
public record TrainingProperties(
        @Min(1) int concurrentJobs,
        @Min(0) int trialParallelism,
        @NotNull Defaults defaults,
        @NotNull @Valid Limits limits,
        List<String> datasetRoots,
        List<String> allowedJdbcUrls,
        List<String> allowedMongodbUris) {

    public TrainingProperties {
        datasetRoots = datasetRoots == null ? List.of() : List.copyOf(datasetRoots);
        allowedJdbcUrls = allowedJdbcUrls == null ? List.of() : List.copyOf(allowedJdbcUrls);
        allowedMongodbUris = allowedMongodbUris == null ? List.of() : List.copyOf(allowedMongodbUris);
    }

    /**
     * Upper bounds on one training request ({@code mailroom.training.limits.*}); the defaults must lie within them.
     *
     * @param maxTrials most trials of one search
     * @param maxTimeBudget longest search time budget
     * @param maxFolds most cross-validation folds (at most 20)
     * @param maxKernels most entries in a request's kernels list
     * @param maxSpaceValues most parameters and values in a request's search space, over every kernel
     * @param maxDatasetRows most rows read from a training or test dataset; a job over it fails with
     *     {@code dataset-too-large}
     */
    public record Limits(
            @Min(1) int maxTrials,
            @NotNull Duration maxTimeBudget,
            @Min(2) @Max(20) int maxFolds,
            @Min(1) int maxKernels,
            @Min(1) int maxSpaceValues,
            @Min(1) long maxDatasetRows) {}

    /**
     * Defaults of training requests.
     *
     * @param model model name published to
     * @param kernels kernel ids searched: logistic, linear-svm, naive-bayes, xgboost, mlp
     * @param search grid or random
     * @param trials trial budget
     * @param folds cross-validation folds
     * @param metric macro-f1 or accuracy
     * @param timeBudget search time budget
     * @param testFraction share held out when no test dataset is given
     * @param seed seed of splits, search and kernels
     * @param cutMargin a trial whose first folds score this much below the best is cut (0 = never)
     * @param promotion never, always or if-better
     * @param promotionMargin how much better than production an if-better challenger must be
     */
    public record Defaults(
            @NotBlank String model,
            @NotEmpty List<String> kernels,
            @NotBlank String search,
            @Min(1) int trials,
            @Min(2) @Max(20) int folds,
            @NotBlank String metric,
            @NotNull Duration timeBudget,
            @DecimalMin("0.01") @DecimalMax("0.9") double testFraction,
            long seed,
            @DecimalMin("0") @DecimalMax("1") double cutMargin,
            @NotBlank String promotion,
            @DecimalMin("-1") @DecimalMax("1") double promotionMargin) {}
}
