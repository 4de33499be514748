package dev.mailroom.localstack.demo;

import dev.mailroom.contracts.Label;
import java.util.List;
import java.util.Locale;

/** Renders outcomes as rows of a fixed-width console table, one row per document as it arrives. */
public final class OutcomeTable {

    private static final String FORMAT = "%-3s %-34s %-7s %-16s %-17s %-16s %5s  %-7s %s";

    private OutcomeTable() {}

    /** The header row and its rule. */
    public static List<String> header() {
        String header = String.format(
                Locale.ROOT,
                FORMAT,
                "#",
                "document",
                "channel",
                "expected",
                "label",
                "department",
                "conf",
                "route",
                "model");
        return List.of(header, "-".repeat(header.length()));
    }

    /** One row; {@code expected} is the true label when known (sample documents), else null. */
    public static String row(int number, Outcome outcome, Label expected) {
        String name = outcome.filename() != null
                ? outcome.filename()
                : outcome.documentId() == null
                        ? "(no id)"
                        : outcome.documentId().toString();
        String expectedText = expected == null ? "" : expected.code();
        if (outcome.rejected()) {
            return String.format(
                    Locale.ROOT,
                    "%-3s %-34s %-7s %-16s REJECTED %s",
                    number,
                    cut(name, 34),
                    nullToEmpty(outcome.channel()),
                    expectedText,
                    outcome.rejection());
        }
        String label = outcome.label().code();
        if (expected != null && expected != outcome.label()) {
            label += " (!)";
        }
        return String.format(
                Locale.ROOT,
                FORMAT,
                number,
                cut(name, 34),
                nullToEmpty(outcome.channel()),
                expectedText,
                label,
                outcome.department(),
                String.format(Locale.ROOT, "%.2f", outcome.confidence()),
                outcome.route().code(),
                outcome.modelVersion());
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
