package dev.mailroom.training.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.model.kernel.Kernel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrialPlannerTest {

    static SearchSpec spec(
            List<Kernel> kernels, SearchStrategy strategy, int trials, Map<String, Map<String, List<Object>>> space) {
        return new SearchSpec(
                kernels, strategy, trials, 2, Metric.MACRO_F1, Duration.ofMinutes(1), 5, 0.05, space, null);
    }

    @Test
    void gridInterleavesKernelsAndStopsAtTheBudget() {
        List<Trial> trials =
                TrialPlanner.plan(spec(List.of(Kernel.LOGISTIC, Kernel.NAIVE_BAYES), SearchStrategy.GRID, 5, null));

        assertThat(trials)
                .extracting(Trial::kernel)
                .containsExactly(
                        Kernel.LOGISTIC, Kernel.NAIVE_BAYES, Kernel.LOGISTIC, Kernel.NAIVE_BAYES, Kernel.LOGISTIC);
        assertThat(trials).extracting(Trial::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void gridCutByTheBudgetSpreadsOverEveryParameter() {
        List<Trial> trials = TrialPlanner.plan(spec(List.of(Kernel.LOGISTIC), SearchStrategy.GRID, 6, null));

        assertThat(trials).hasSize(6);
        assertThat(trials.stream().map(Trial::params).distinct()).hasSize(6);
        // In grid order the first six combinations all share epochs=5; the seeded shuffle does not.
        assertThat(trials.stream().map(t -> t.params().get("epochs")).distinct().count())
                .isGreaterThan(1);
        assertThat(TrialPlanner.plan(spec(List.of(Kernel.LOGISTIC), SearchStrategy.GRID, 6, null)))
                .isEqualTo(trials);
    }

    @Test
    void gridCoversTheWholeNarrowedSpaceWhenTheBudgetAllows() {
        List<Trial> trials = TrialPlanner.plan(spec(
                List.of(Kernel.NAIVE_BAYES),
                SearchStrategy.GRID,
                50,
                Map.of("naive-bayes", Map.of("alpha", List.of(0.05, "0.5")))));

        assertThat(trials).extracting(t -> t.params().get("alpha")).containsExactly(0.05, 0.5);
    }

    @Test
    void randomSearchIsSeededAndDistinct() {
        SearchSpec spec = spec(List.of(Kernel.LOGISTIC, Kernel.LINEAR_SVM), SearchStrategy.RANDOM, 6, null);

        List<Trial> first = TrialPlanner.plan(spec);
        List<Trial> second = TrialPlanner.plan(spec);

        assertThat(first).hasSize(6).isEqualTo(second);
        assertThat(first.stream().map(t -> t.kernel() + "" + t.params()).distinct())
                .hasSize(6);
        // Parameters with one grid value are settings, held fixed.
        assertThat(first)
                .filteredOn(t -> t.kernel() == Kernel.LINEAR_SVM)
                .allSatisfy(t -> assertThat(t.params().get("maxIterations")).isEqualTo(1000));
    }

    @Test
    void unknownHyperparameterIsRefused() {
        assertThatThrownBy(() -> TrialPlanner.plan(spec(
                        List.of(Kernel.NAIVE_BAYES),
                        SearchStrategy.GRID,
                        5,
                        Map.of("naive-bayes", Map.of("beta", List.of(1))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beta");
    }
}
