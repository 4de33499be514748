package dev.mailroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.Label;
import org.junit.jupiter.api.Test;

class SyntheticTextTest {

    @Test
    void documentsHaveTheRequestedSizeAndCycleThroughEveryLabel() {
        SyntheticText texts = new SyntheticText(1);

        String text = texts.of(Label.INVOICE, 2048);

        assertThat(text.length()).isBetween(2000, 2048);
        assertThat(text).containsIgnoringCase("invoice");
        assertThat(java.util.stream.LongStream.range(0, 7).mapToObj(texts::label))
                .containsExactlyInAnyOrder(Label.values());
    }
}
