package dev.mailroom.localstack.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaCommandTest {

    @Test
    void partsStartQuicklyByDefaultAndTheTuningCanBeReplacedForBenchmarks() {
        assertThat(JavaCommand.tuningOptions(null)).containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(JavaCommand.tuningOptions("  ")).containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(JavaCommand.tuningOptions(" -XX:+UseParallelGC  -XX:+AlwaysPreTouch "))
                .containsExactly("-XX:+UseParallelGC", "-XX:+AlwaysPreTouch");
    }
}
