package dev.mailroom.sampledata;

import static dev.mailroom.sampledata.Kind.weights;

import dev.mailroom.contracts.Label;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The phrase pools of every kind of document, grouped by label. */
final class Phrasebook {

    private Phrasebook() {}

    private static final List<String> NONE = List.of();

    static final Map<Label, List<Kind>> KINDS = build();

    private static Map<Label, List<Kind>> build() {
        Map<Label, List<Kind>> m = new EnumMap<>(Label.class);
        m.put(Label.INVOICE, InvoicePhrases.kinds());
        m.put(Label.OFFER, OfferPhrases.kinds());
        m.put(Label.PURCHASE_ORDER, OrderPhrases.kinds());
        m.put(Label.JOB_APPLICATION, ApplicationPhrases.kinds());
        m.put(Label.COMPLAINT, ComplaintPhrases.kinds());
        m.put(Label.SERVICE_REQUEST, ServiceRequestPhrases.kinds());
        m.put(Label.OTHER, OtherPhrases.kinds());
        for (Label label : Label.values()) {
            if (m.get(label) == null || m.get(label).isEmpty()) {
                throw new IllegalStateException("no phrases for " + label);
            }
        }
        return m;
    }

    /** Fluent construction of a {@link Kind}; every pool defaults to empty. */
    static final class Builder {
        private final Label label;
        private final String name;
        private List<String> subjects = NONE;
        private List<String> openers = NONE;
        private List<String> core = NONE;
        private List<String> details = NONE;
        private List<String> mixed = NONE;
        private List<String> closers = NONE;
        private List<String> shorts = NONE;
        private List<String> titles = NONE;
        private List<String> fields = NONE;
        private List<String> totals = NONE;
        private double[] layouts = weights(1, 1, 0, 0, 0.3, 0);

        Builder(Label label, String name) {
            this.label = label;
            this.name = name;
        }

        Builder subjects(String... v) {
            subjects = List.of(v);
            return this;
        }

        Builder openers(String... v) {
            openers = List.of(v);
            return this;
        }

        Builder core(String... v) {
            core = List.of(v);
            return this;
        }

        Builder details(String... v) {
            details = List.of(v);
            return this;
        }

        Builder mixed(String... v) {
            mixed = List.of(v);
            return this;
        }

        Builder closers(String... v) {
            closers = List.of(v);
            return this;
        }

        Builder shorts(String... v) {
            shorts = List.of(v);
            return this;
        }

        Builder titles(String... v) {
            titles = List.of(v);
            return this;
        }

        Builder fields(String... v) {
            fields = List.of(v);
            return this;
        }

        Builder totals(String... v) {
            totals = List.of(v);
            return this;
        }

        Builder layouts(double[] w) {
            layouts = w;
            return this;
        }

        Kind build() {
            if (core.isEmpty() && shorts.isEmpty()) {
                throw new IllegalStateException(name + " has neither core sentences nor short forms");
            }
            return new Kind(
                    label, name, subjects, openers, core, details, mixed, closers, shorts, titles, fields, totals,
                    layouts);
        }
    }

    static Builder kind(Label label, String name) {
        return new Builder(label, name);
    }

    static List<Kind> list(Builder... builders) {
        List<Kind> kinds = new ArrayList<>();
        for (Builder b : builders) {
            kinds.add(b.build());
        }
        return List.copyOf(kinds);
    }
}
