package dev.mailroom.model.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HyperparameterSpaceTest {

    private final HyperparameterSpace space = HyperparameterSpace.of(
            new Hyperparameter.IntRange("epochs", 1, 50, List.of(5, 10), 10),
            new Hyperparameter.DoubleRange("rate", 0.01, 1.0, true, List.of(0.1, 0.5, 1.0), 0.5),
            new Hyperparameter.Choice("loss", List.of("a", "b"), "a"));

    @Test
    void gridIsTheCartesianProductInParameterOrder() {
        List<Map<String, Object>> grid = space.grid();

        assertThat(grid).hasSize(12);
        assertThat(grid.get(0)).containsExactly(Map.entry("epochs", 5), Map.entry("rate", 0.1), Map.entry("loss", "a"));
        assertThat(grid).doesNotHaveDuplicates();
    }

    @Test
    void samplesStayInRangeAndAreReproducible() {
        List<Map<String, Object>> first = sample(new Random(7));
        List<Map<String, Object>> second = sample(new Random(7));

        assertThat(first).isEqualTo(second);
        assertThat(first).allSatisfy(p -> {
            assertThat((Integer) p.get("epochs")).isBetween(1, 50);
            assertThat((Double) p.get("rate")).isBetween(0.01, 1.0);
            assertThat(p.get("loss")).isIn("a", "b");
        });
    }

    @Test
    void resolveFillsDefaultsAndCoercesJsonValues() {
        Map<String, Object> resolved = space.resolve(Map.of("epochs", 20L, "rate", "0.25"));

        assertThat(resolved).containsExactly(Map.entry("epochs", 20), Map.entry("rate", 0.25), Map.entry("loss", "a"));
    }

    @Test
    void resolveRefusesUnknownAndOutOfRangeParameters() {
        assertThatThrownBy(() -> space.resolve(Map.of("epoch", 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown hyperparameter 'epoch'");
        assertThatThrownBy(() -> space.resolve(Map.of("epochs", 99)))
                .hasMessageContaining("epochs must be in [1, 50], got 99");
        assertThatThrownBy(() -> space.resolve(Map.of("loss", "c"))).hasMessageContaining("one of [a, b]");
        assertThatThrownBy(() -> space.resolve(Map.of("epochs", 2.5))).hasMessageContaining("integer");
    }

    @Test
    void everyKernelDeclaresAResolvableSpace() {
        for (Kernel kernel : Kernel.values()) {
            HyperparameterSpace s = kernel.space();
            assertThat(s.parameters()).as(kernel.id()).isNotEmpty();
            assertThat(s.resolve(Map.of())).isEqualTo(s.defaults());
            s.grid().forEach(point -> assertThat(s.resolve(point)).isEqualTo(point));
        }
    }

    @Test
    void kernelsAreFoundByIdOrName() {
        assertThat(Kernel.fromId("linear-svm")).isEqualTo(Kernel.LINEAR_SVM);
        assertThat(Kernel.fromId("NAIVE_BAYES")).isEqualTo(Kernel.NAIVE_BAYES);
        assertThatThrownBy(() -> Kernel.fromId("svm")).hasMessageContaining("unknown kernel 'svm'");
    }

    private List<Map<String, Object>> sample(Random random) {
        return IntStream.range(0, 20).mapToObj(i -> space.sample(random)).toList();
    }
}
