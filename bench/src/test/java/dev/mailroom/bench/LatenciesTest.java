package dev.mailroom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesFollowTheRecordedDistribution() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.recordMicros(ms * 1000L);
        }

        Map<String, Object> summary = latencies.summary("latency_");

        assertThat(latencies.count()).isEqualTo(100);
        assertThat((double) summary.get("latency_p50_ms")).isCloseTo(50, within(0.1));
        assertThat((double) summary.get("latency_p99_ms")).isCloseTo(99, within(0.1));
        assertThat((double) summary.get("latency_max_ms")).isCloseTo(100, within(0.1));
    }

    @Test
    void pacerSchedulesAtTheOfferedRate() {
        Pacer pacer = new Pacer(1000);
        long first = pacer.awaitTurn(0);
        long hundredth = pacer.awaitTurn(100);

        assertThat(hundredth - first).isEqualTo(100_000_000L);
    }
}
