package dev.mailroom.training.job;

import java.time.Duration;

/**
 * Upper bounds on what one training request may ask for, so that no request can occupy the service for days or
 * exhaust its memory. A request over a bound is refused with a {@link TrainingLimitException} naming the field.
 *
 * @param maxTrials most trials of one search
 * @param maxTimeBudget longest search time budget
 * @param maxFolds most cross-validation folds
 * @param maxKernels most entries in the kernels list
 * @param maxSpaceValues most values in a request's search space, over every kernel and parameter
 * @param maxDatasetRows most rows read from a training or test dataset (reading stops there and the job fails with
 *     {@code dataset-too-large})
 */
public record TrainingLimits(
        int maxTrials, Duration maxTimeBudget, int maxFolds, int maxKernels, int maxSpaceValues, long maxDatasetRows) {

    public TrainingLimits {
        if (maxTrials < 1 || maxFolds < 2 || maxKernels < 1 || maxSpaceValues < 1 || maxDatasetRows < 1) {
            throw new IllegalArgumentException("training limits must allow at least one trial, two folds, one kernel,"
                    + " one space value and one row");
        }
        if (maxTimeBudget == null || maxTimeBudget.isNegative() || maxTimeBudget.isZero()) {
            throw new IllegalArgumentException("the maximum time budget must be positive");
        }
    }

    /** The service's defaults (the values of application.yaml). */
    public static TrainingLimits standard() {
        return new TrainingLimits(200, Duration.ofHours(2), 10, 5, 200, 1_000_000);
    }

    /** No practical bound: the CLI, run by the operator on their own machine. */
    public static TrainingLimits unbounded() {
        return new TrainingLimits(
                Integer.MAX_VALUE, Duration.ofDays(36_500), 20, Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE);
    }
}
