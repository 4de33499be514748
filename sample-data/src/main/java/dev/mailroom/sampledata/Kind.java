package dev.mailroom.sampledata;

import dev.mailroom.contracts.Label;
import java.util.List;

/**
 * One kind of document within a label (e.g. a payment reminder within {@code invoice}): the phrase
 * pools its text is composed from and the layouts it appears in.
 */
record Kind(
        Label label,
        String name,
        List<String> subjects,
        List<String> openers,
        List<String> core,
        List<String> details,
        List<String> mixed,
        List<String> closers,
        List<String> shorts,
        List<String> titles,
        List<String> fields,
        List<String> totalLabels,
        double[] layoutWeights) {

    /** The layouts, in the order of {@link #layoutWeights}. */
    enum Layout {
        EMAIL,
        LETTER,
        FORM,
        MEMO,
        NOTE,
        TICKET
    }

    boolean hasItems() {
        return !totalLabels.isEmpty();
    }

    static double[] weights(double email, double letter, double form, double memo, double note, double ticket) {
        return new double[] {email, letter, form, memo, note, ticket};
    }
}
