package dev.mailroom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgsTest {

    @Test
    void readsValuesEqualsFormAndFlagsWithDefaults() {
        Args args = Args.parse(List.of("--count", "500", "--rate=1000.5", "--baseline", "--url", "http://x"));

        assertThat(args.integer("count", 1)).isEqualTo(500);
        assertThat(args.decimal("rate", 0)).isEqualTo(1000.5);
        assertThat(args.flag("baseline")).isTrue();
        assertThat(args.flag("mix")).isFalse();
        assertThat(args.string("url", "?")).isEqualTo("http://x");
        assertThat(args.integer("size", 2048)).isEqualTo(2048);
    }

    @Test
    void refusesPositionalArguments() {
        assertThatThrownBy(() -> Args.parse(List.of("500")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'500'");
    }
}
