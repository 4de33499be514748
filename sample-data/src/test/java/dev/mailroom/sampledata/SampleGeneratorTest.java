package dev.mailroom.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.contracts.Label;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {

    private static final List<SampleDocument> DOCS = new SampleGenerator(42).generate(2100);

    @Test
    void everyLabelGetsTheSameShareOfDocuments() {
        Map<Label, Long> counts =
                DOCS.stream().collect(Collectors.groupingBy(SampleDocument::label, Collectors.counting()));
        assertThat(counts).hasSize(7);
        assertThat(counts.values()).allMatch(c -> c == 300);
    }

    @Test
    void anyPrefixIsBalancedWithinOne() {
        for (int n : new int[] {1, 6, 10, 50, 99}) {
            Map<Label, Integer> counts = new EnumMap<>(Label.class);
            for (Label l : Label.values()) {
                counts.put(l, 0);
            }
            new SampleGenerator(7).generate(n).forEach(d -> counts.merge(d.label(), 1, Integer::sum));
            int max = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            int min = counts.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertThat(max - min).as("spread for n=%d", n).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void sameSeedGivesIdenticalDocuments() {
        List<SampleDocument> again = new SampleGenerator(42).generate(300);
        assertThat(again).isEqualTo(DOCS.subList(0, 300));
    }

    @Test
    void differentSeedsGiveDifferentDocuments() {
        List<SampleDocument> other = new SampleGenerator(43).generate(300);
        long sameText = 0;
        for (int i = 0; i < 300; i++) {
            if (other.get(i).text().equals(DOCS.get(i).text())) {
                sameText++;
            }
        }
        assertThat(sameText).isZero();
    }

    @Test
    void randomAccessMatchesSequentialGeneration() {
        SampleGenerator g = new SampleGenerator(42);
        assertThat(g.document(1234)).isEqualTo(DOCS.get(1234));
        assertThat(g.document(5, Label.COMPLAINT).label()).isEqualTo(Label.COMPLAINT);
    }

    @Test
    void idsAreUniqueAndCarryTheSeed() {
        Set<String> ids = DOCS.stream().map(SampleDocument::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(DOCS.size());
        assertThat(DOCS.get(17).id()).isEqualTo("s42-000017");
    }

    @Test
    void documentsAreNotTemplatesFirstLinesAndTextsVary() {
        for (Label label : Label.values()) {
            List<SampleDocument> ofLabel =
                    DOCS.stream().filter(d -> d.label() == label).toList();
            Set<String> texts = ofLabel.stream().map(SampleDocument::text).collect(Collectors.toSet());
            Set<String> firstLines = ofLabel.stream()
                    .map(d -> d.text().lines().findFirst().orElse(""))
                    .collect(Collectors.toSet());
            Set<String> vocabulary = new HashSet<>();
            ofLabel.forEach(
                    d -> vocabulary.addAll(List.of(d.text().toLowerCase().split("[^\\p{L}]+"))));
            assertThat(texts).as("distinct texts of %s", label).hasSize(ofLabel.size());
            assertThat(firstLines.size())
                    .as("distinct first lines of %s", label)
                    .isGreaterThan(ofLabel.size() * 8 / 10);
            assertThat(vocabulary.size()).as("vocabulary of %s", label).isGreaterThan(900);
        }
    }

    @Test
    void lengthsRangeFromAFewLinesToAPage() {
        List<Integer> lines =
                DOCS.stream().map(d -> (int) d.text().lines().count()).sorted().toList();
        assertThat(lines.get(0)).isLessThanOrEqualTo(2);
        assertThat(lines.get(lines.size() - 1)).isGreaterThanOrEqualTo(30);
        long shortDocs = DOCS.stream().filter(d -> d.text().length() < 300).count();
        assertThat(shortDocs).isBetween(DOCS.size() / 20L, DOCS.size() / 2L);
    }

    @Test
    void aShareOfDocumentsCarriesOcrNoiseAndNoneWhenDisabled() {
        long noisy = DOCS.stream().filter(SampleDocument::ocrNoise).count();
        assertThat(noisy).isBetween(DOCS.size() / 20L, DOCS.size() / 5L);
        List<SampleDocument> clean =
                new SampleGenerator(42, GeneratorOptions.defaults().withoutNoise()).generate(200);
        assertThat(clean).noneMatch(SampleDocument::ocrNoise);
    }

    @Test
    void textUsesOnlyCharactersStandardPdfFontsCanShow() {
        java.nio.charset.CharsetEncoder latin1 = java.nio.charset.StandardCharsets.ISO_8859_1.newEncoder();
        for (SampleDocument d : DOCS) {
            String withoutWinAnsiExtras = d.text().replaceAll("[€•–—‘’“”…]", "");
            assertThat(latin1.canEncode(withoutWinAnsiExtras)).as(d.id()).isTrue();
        }
    }

    @Test
    void rejectsNegativeCountsAndInvalidRates() {
        assertThatThrownBy(() -> new SampleGenerator(1).generate(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorOptions(1.5, 0, 0, 0)).hasMessageContaining("ocrNoiseRate");
    }
}
