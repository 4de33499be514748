package dev.mailroom.training.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.training.dataset.DatasetPolicy;
import dev.mailroom.training.dataset.FileDataset;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrainingLimitsTest {

    private static final TrainingLimits LIMITS = new TrainingLimits(50, Duration.ofMinutes(30), 5, 3, 10, 1_000);
    private static final FileDataset DATA = new FileDataset("/data/train.jsonl");

    static Stream<Arguments> overLimit() {
        return Stream.of(
                Arguments.of("trials", request(r -> with(r, 51, null, null, null, null)), "50", "trials is 51"),
                Arguments.of("folds", request(r -> with(r, null, 6, null, null, null)), "5", "folds is 6"),
                Arguments.of(
                        "timeBudgetSeconds",
                        request(r -> with(r, null, null, 1801L, null, null)),
                        "1800",
                        "timeBudgetSeconds is 1801"),
                Arguments.of(
                        "kernels",
                        request(r -> with(r, null, null, null, Collections.nCopies(4, "logistic"), null)),
                        "3",
                        "kernels is 4 entries"),
                Arguments.of(
                        "space",
                        request(r -> with(
                                r,
                                null,
                                null,
                                null,
                                null,
                                Map.of(
                                        "naive-bayes",
                                        Map.of(
                                                "alpha",
                                                List.copyOf(
                                                        IntStream.range(0, 10)
                                                                .boxed()
                                                                .map(i -> (Object) (0.1 * (i + 1)))
                                                                .toList()))))),
                        "10",
                        "space is 11 parameters and values"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLimit")
    void requestsOverALimitAreRefusedNamingTheField(
            String field, TrainingRequest request, String limit, String message) {
        assertThatThrownBy(() -> request.resolve(TrainingDefaults.standard(), LIMITS, DatasetPolicy.unrestricted()))
                .isInstanceOfSatisfying(TrainingLimitException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.limit()).isEqualTo(limit);
                    assertThat(e.code()).isEqualTo("limit-exceeded");
                })
                .hasMessageStartingWith(message)
                .hasMessageContaining("over the limit of " + limit + " (mailroom.training.limits.max-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLimit")
    void theSameRequestsWithoutLimitsAreAccepted(String field, TrainingRequest request, String limit, String m) {
        assertThat(request.resolve(TrainingDefaults.standard()).maxDatasetRows())
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void requestsAtTheLimitsAreAcceptedAndCarryTheRowLimit() {
        TrainingRequest atLimits = with(base(), 50, 5, 1800L, List.of("logistic", "naive-bayes", "linear-svm"), null);

        ResolvedTraining resolved = atLimits.resolve(TrainingDefaults.standard(), LIMITS, DatasetPolicy.unrestricted());

        assertThat(resolved.search().maxTrials()).isEqualTo(50);
        assertThat(resolved.maxDatasetRows()).isEqualTo(1_000);
    }

    @Test
    void defaultsOverALimitAreRefusedToo() {
        TrainingDefaults generous = new TrainingDefaults(
                "mailroom-text",
                List.of("naive-bayes"),
                "grid",
                500,
                3,
                "macro-f1",
                Duration.ofMinutes(10),
                0.2,
                42,
                0.05,
                "never",
                0.0);

        assertThatThrownBy(() -> base().resolve(generous, LIMITS, DatasetPolicy.unrestricted()))
                .isInstanceOfSatisfying(
                        TrainingLimitException.class, e -> assertThat(e.field()).isEqualTo("trials"));
    }

    private static TrainingRequest request(Function<TrainingRequest, TrainingRequest> change) {
        return change.apply(base());
    }

    private static TrainingRequest base() {
        return new TrainingRequest(
                null, DATA, null, null, List.of("naive-bayes"), null, null, null, null, null, null, null, null, null);
    }

    private static TrainingRequest with(
            TrainingRequest r,
            Integer trials,
            Integer folds,
            Long budget,
            List<String> kernels,
            Map<String, Map<String, List<Object>>> space) {
        return new TrainingRequest(
                r.model(),
                r.dataset(),
                r.testDataset(),
                r.testFraction(),
                kernels == null ? r.kernels() : kernels,
                r.search(),
                trials == null ? r.trials() : trials,
                folds == null ? r.folds() : folds,
                r.metric(),
                budget == null ? r.timeBudgetSeconds() : budget,
                r.seed(),
                space,
                r.promotion(),
                r.promotionMargin());
    }
}
