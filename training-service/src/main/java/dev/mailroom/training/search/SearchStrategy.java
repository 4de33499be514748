package dev.mailroom.training.search;

import java.util.Arrays;
import java.util.Locale;

/** How trial hyperparameters are chosen. */
public enum SearchStrategy {
    /** Every combination of the grid values, kernels interleaved, cut at the trial budget. */
    GRID,
    /** Points sampled from the parameter ranges with a seeded generator. */
    RANDOM;

    /** The lower-case spelling used in requests and on the CLI. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code grid} or {@code random} (case-insensitive). */
    public static SearchStrategy fromId(String id) {
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(id == null ? "" : id.trim()))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("unknown search '" + id + "', expected grid or random"));
    }
}
