package dev.mailroom.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.mailroom.contracts.Label;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final Label I = Label.INVOICE;
    private static final Label O = Label.OFFER;
    private static final Label C = Label.COMPLAINT;

    @Test
    void computesAccuracyPerClassMetricsAndConfusion() {
        Evaluation e = Evaluation.of(List.of(I, I, I, O, O, C), List.of(I, I, O, O, C, C));

        assertThat(e.size()).isEqualTo(6);
        assertThat(e.accuracy()).isCloseTo(4 / 6.0, offset(1e-12));
        assertThat(e.labels()).containsExactly(I, O, C);
        assertThat(e.confusion()).isDeepEqualTo(new long[][] {{2, 1, 0}, {0, 1, 1}, {0, 0, 1}});
        assertThat(e.perClass().get(I)).isEqualTo(new Evaluation.ClassMetrics(1.0, 2 / 3.0, 0.8, 3));
        assertThat(e.perClass().get(O).precision()).isCloseTo(0.5, offset(1e-12));
        assertThat(e.perClass().get(C).f1()).isCloseTo(2 / 3.0, offset(1e-12));
        assertThat(e.macroF1()).isCloseTo((0.8 + 0.5 + 2 / 3.0) / 3, offset(1e-12));
    }

    @Test
    void mapFormIsWhatManifestsStore() {
        Map<String, Object> map = Evaluation.of(List.of(I, O), List.of(I, I)).toMap();

        assertThat(map).containsEntry("size", 2).containsEntry("accuracy", 0.5);
        assertThat(map.get("confusion"))
                .isEqualTo(Map.of(
                        "labels", List.of("invoice", "offer"), "matrix", List.of(List.of(1L, 0L), List.of(1L, 0L))));
        assertThat(List.copyOf(((Map<?, ?>) map.get("perClass")).keySet())).isEqualTo(List.of("invoice", "offer"));
    }

    @Test
    void refusesMismatchedLengths() {
        assertThatThrownBy(() -> Evaluation.of(List.of(I), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
