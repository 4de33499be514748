package dev.mailroom.training.search;

import dev.mailroom.model.eval.Evaluation;
import java.util.Arrays;

/** What a search maximises. */
public enum Metric {
    /** Unweighted mean of the per-label F1 scores: every label counts the same, however rare. */
    MACRO_F1("macro-f1"),
    /** Fraction of documents classified correctly. */
    ACCURACY("accuracy");

    private final String id;

    Metric(String id) {
        this.id = id;
    }

    /** The spelling used in requests and on the CLI. */
    public String id() {
        return id;
    }

    /** The score of this metric in an evaluation. */
    public double of(Evaluation evaluation) {
        return this == ACCURACY ? evaluation.accuracy() : evaluation.macroF1();
    }

    /** Parses {@code macro-f1} or {@code accuracy} (also the enum names). */
    public static Metric fromId(String id) {
        String wanted = id == null ? "" : id.trim();
        return Arrays.stream(values())
                .filter(m -> m.id.equalsIgnoreCase(wanted) || m.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("unknown metric '" + id + "', expected macro-f1 or accuracy"));
    }
}
