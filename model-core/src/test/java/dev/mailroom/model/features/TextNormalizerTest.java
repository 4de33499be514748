package dev.mailroom.model.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer(FeatureConfig.defaults());

    @Test
    void normalizesCaseDigitsWhitespaceAndUnicode() {
        assertThat(normalizer.normalize("Invoice  No.\t12345")).isEqualTo("invoice no. 00000");
        assertThat(normalizer.normalize("  \u00c9COLE\u00a0Stra\u00dfe \n\n")).isEqualTo("\u00e9cole stra\u00dfe");
        assertThat(normalizer.normalize("Cafe\u0301")).isEqualTo("caf\u00e9");
        assertThat(normalizer.normalize("Total: 1.234,56 EUR")).isEqualTo("total: 0.000,00 eur");
    }

    @Test
    void tokensAreRunsOfLettersAndDigits() {
        assertThat(normalizer.tokens(normalizer.normalize("Re: PO-4711, deliver to Köln!")))
                .containsExactly("re", "po", "0000", "deliver", "to", "köln");
    }

    @Test
    void emptyAndNullTextNormalizeToEmpty() {
        assertThat(normalizer.normalize(null)).isEmpty();
        assertThat(normalizer.normalize(" \t\n")).isEmpty();
        assertThat(normalizer.tokens("")).isEmpty();
    }

    @Test
    void respectsSwitchedOffLowercaseAndDigitFolding() {
        FeatureConfig d = FeatureConfig.defaults();
        TextNormalizer raw =
                new TextNormalizer(new FeatureConfig(false, false, 1, 2, false, 3, 5, 1, 10, 0, true, true, true, 10));
        assertThat(raw.normalize("ABC 123 and more text")).isEqualTo("ABC 123 an");
        assertThat(d.lowercase()).isTrue();
    }
}
