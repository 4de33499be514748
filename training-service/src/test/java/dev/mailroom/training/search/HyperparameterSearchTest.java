package dev.mailroom.training.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.model.LabelledText;
import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.kernel.Kernel;
import dev.mailroom.training.TestCorpus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HyperparameterSearchTest {

    private final List<LabelledText> data = TestCorpus.generate(420, 11);

    private static SearchSpec spec(int trials, Duration budget) {
        return new SearchSpec(
                List.of(Kernel.NAIVE_BAYES, Kernel.LOGISTIC),
                SearchStrategy.GRID,
                trials,
                2,
                Metric.MACRO_F1,
                budget,
                3,
                0.05,
                Map.of("logistic", Map.of("epochs", List.of(5), "minibatchSize", List.of(1))),
                FeatureConfig.defaults());
    }

    @Test
    void leaderboardRanksEveryTrialAndReportsProgress() {
        List<SearchProgress> progress = new CopyOnWriteArrayList<>();

        SearchOutcome outcome = new HyperparameterSearch(new LocalTrialExecutor(2), Clock.systemUTC())
                .run(data, spec(4, Duration.ofMinutes(5)), progress::add, () -> false);

        assertThat(outcome.trialsPlanned()).isEqualTo(4);
        assertThat(outcome.leaderboard()).hasSize(4);
        assertThat(outcome.stopReason()).isNull();
        TrialResult best = outcome.best().orElseThrow();
        assertThat(best.status()).isEqualTo(TrialStatus.COMPLETED);
        assertThat(best.score()).isGreaterThan(0.8);
        assertThat(best.foldScores()).hasSize(2);
        List<Double> completedScores = outcome.leaderboard().stream()
                .filter(TrialResult::eligible)
                .map(TrialResult::score)
                .toList();
        assertThat(completedScores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(progress).hasSize(5);
        assertThat(progress.get(0).trialsDone()).isZero();
        SearchProgress last = progress.get(progress.size() - 1);
        assertThat(last.trialsDone()).isEqualTo(4);
        assertThat(last.trialsTotal()).isEqualTo(4);
        assertThat(last.best()).isNotNull();
        assertThat(last.eta()).isEqualTo(Duration.ZERO);
    }

    @Test
    void cancelledSearchAbandonsItsTrials() {
        SearchOutcome outcome = new HyperparameterSearch(new LocalTrialExecutor(2), Clock.systemUTC())
                .run(data, spec(3, Duration.ofMinutes(5)), p -> {}, () -> true);

        assertThat(outcome.leaderboard()).hasSize(3).allSatisfy(r -> assertThat(r.status())
                .isEqualTo(TrialStatus.ABANDONED));
        assertThat(outcome.best()).isEmpty();
        assertThat(outcome.stopReason()).isEqualTo("cancelled");
    }

    @Test
    void exhaustedTimeBudgetAbandonsTheRest() {
        AtomicInteger reads = new AtomicInteger();
        Instant start = Instant.parse("2026-11-25T10:00:00Z");
        // Each look at the clock moves it 10 s: the 60 s budget runs out a few checks in.
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return start.plusSeconds(10L * reads.getAndIncrement());
            }
        };

        SearchOutcome outcome = new HyperparameterSearch(new LocalTrialExecutor(1), clock)
                .run(data, spec(6, Duration.ofSeconds(60)), p -> {}, () -> false);

        assertThat(outcome.stopReason()).isEqualTo("time budget exhausted");
        assertThat(outcome.leaderboard()).hasSize(6);
        assertThat(outcome.leaderboard()).anySatisfy(r -> assertThat(r.status()).isEqualTo(TrialStatus.ABANDONED));
        assertThat(outcome.leaderboard())
                .filteredOn(r -> r.status() == TrialStatus.ABANDONED)
                .allSatisfy(r -> assertThat(r.detail()).contains("time budget"));
    }

    @Test
    void hopelessTrialIsCutAfterItsFirstFold() {
        SearchControl control = new SearchControl(() -> false, Clock.systemUTC(), Instant.MAX, 0.05);
        control.offer(new TrialResult(0, "x", Map.of(), TrialStatus.COMPLETED, 1.5, 1.5, 1.0, List.of(), 0, null));
        CrossValidationRunner runner =
                new CrossValidationRunner(Splits.folds(data, 3, 1), Metric.MACRO_F1, FeatureConfig.defaults(), 1);

        TrialResult result = runner.run(new Trial(1, Kernel.NAIVE_BAYES, Map.of("alpha", 0.1)), control);

        assertThat(result.status()).isEqualTo(TrialStatus.CUT);
        assertThat(result.foldScores()).hasSize(1);
        assertThat(result.detail()).contains("cut after 1 of 3 folds");
        assertThat(result.eligible()).isFalse();
    }
}
