package dev.mailroom.training.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.Label;
import dev.mailroom.model.LabelledText;
import dev.mailroom.training.TestCorpus;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SplitsTest {

    private final List<LabelledText> data = TestCorpus.generate(700, 1);

    @Test
    void foldsPartitionTheDataAndKeepLabelShares() {
        List<Splits.Fold> folds = Splits.folds(data, 3, 7);

        assertThat(folds).hasSize(3);
        int validationTotal =
                folds.stream().mapToInt(f -> f.validation().size()).sum();
        assertThat(validationTotal).isEqualTo(700);
        for (Splits.Fold fold : folds) {
            assertThat(fold.train().size() + fold.validation().size()).isEqualTo(700);
            assertThat(new HashSet<>(fold.train())).doesNotContainAnyElementsOf(fold.validation());
            Map<Label, Long> counts = fold.validation().stream()
                    .collect(Collectors.groupingBy(LabelledText::label, Collectors.counting()));
            // 100 per label over 3 folds: 33 or 34 each.
            assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(33L, 34L));
        }
    }

    @Test
    void holdoutIsStratifiedAndDeterministic() {
        Splits.Holdout a = Splits.holdout(data, 0.2, 3);
        Splits.Holdout b = Splits.holdout(data, 0.2, 3);

        assertThat(a.test()).hasSize(140).isEqualTo(b.test());
        assertThat(a.train()).hasSize(560);
        assertThat(a.test().stream().filter(d -> d.label() == Label.COMPLAINT)).hasSize(20);
    }
}
