package dev.mailroom.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Latency percentiles in milliseconds over an HdrHistogram recording microseconds (1 us .. 1 h, 3 digits). */
final class Latencies {

    private final Histogram histogram = new Histogram(3_600_000_000L, 3);

    synchronized void recordMicros(long micros) {
        histogram.recordValue(Math.max(1, Math.min(micros, histogram.getHighestTrackableValue())));
    }

    synchronized long count() {
        return histogram.getTotalCount();
    }

    synchronized double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    synchronized double meanMillis() {
        return histogram.getMean() / 1000.0;
    }

    synchronized double maxMillis() {
        return histogram.getMaxValue() / 1000.0;
    }

    /** p50, p95, p99 and max in milliseconds, under keys with the given prefix. */
    Map<String, Object> summary(String prefix) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(prefix + "p50_ms", round(percentileMillis(50)));
        out.put(prefix + "p95_ms", round(percentileMillis(95)));
        out.put(prefix + "p99_ms", round(percentileMillis(99)));
        out.put(prefix + "max_ms", round(maxMillis()));
        return out;
    }

    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
