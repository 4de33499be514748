package dev.mailroom.sampledata;

import dev.mailroom.contracts.Label;
import java.util.ArrayList;
import java.util.List;

/** Puts one document together: a kind, a length, a layout, sentences from the kind's pools, blocks and framing. */
final class Composer {

    /** The composed text and its e-mail subject. */
    record Composed(String text, String subject, Kind kind) {}

    private enum Length {
        SHORT,
        MEDIUM,
        LONG
    }

    private final DocumentContext ctx;
    private final Dice dice;
    private final GeneratorOptions options;

    Composer(DocumentContext ctx, GeneratorOptions options) {
        this.ctx = ctx;
        this.dice = ctx.dice;
        this.options = options;
    }

    Composed compose(Label label) {
        Kind kind = dice.pick(Phrasebook.KINDS.get(label));
        Length length = !kind.shorts().isEmpty() && dice.chance(options.shortRate())
                ? Length.SHORT
                : (dice.chance(0.55) ? Length.MEDIUM : Length.LONG);
        boolean mixed = dice.chance(options.mixedSignalRate()) && !kind.mixed().isEmpty();
        String subject = kind.subjects().isEmpty() ? "" : ctx.expand(dice.pick(kind.subjects()));
        if (length == Length.SHORT) {
            return new Composed(shortText(kind, mixed), subject, kind);
        }
        Kind.Layout layout = Kind.Layout.values()[dice.weighted(kind.layoutWeights())];

        List<String> items = List.of();
        boolean wantItems = kind.hasItems()
                && switch (layout) {
                    case FORM -> dice.chance(0.85);
                    case LETTER -> dice.chance(0.5);
                    case EMAIL -> dice.chance(0.25);
                    default -> false;
                };
        if (wantItems) {
            items = LineItems.build(ctx, dice.pick(kind.totalLabels()));
        }
        List<String> fields = List.of();
        if (!kind.fields().isEmpty() && (layout == Kind.Layout.FORM || dice.chance(0.2))) {
            fields = fields(kind);
        }
        List<List<String>> paragraphs = paragraphs(kind, length, mixed, layout == Kind.Layout.FORM);
        String body = Layouts.render(layout, ctx, kind, subject, paragraphs, fields, items);
        return new Composed(body, subject, kind);
    }

    private String shortText(Kind kind, boolean mixed) {
        StringBuilder b = new StringBuilder(ctx.expand(dice.pick(kind.shorts())));
        if (mixed && dice.chance(0.35)) {
            b.append(' ').append(ctx.expand(dice.pick(kind.mixed())));
        }
        String text = b.toString();
        if (dice.chance(0.3)) {
            text = Layouts.greeting(ctx) + "\n" + text;
        }
        return text;
    }

    private List<String> fields(Kind kind) {
        List<String> result = new ArrayList<>();
        for (String f : kind.fields()) {
            if (dice.chance(0.7)) {
                result.add(ctx.expand(f));
            }
        }
        if (result.isEmpty()) {
            result.add(ctx.expand(kind.fields().get(0)));
        }
        return result;
    }

    private List<List<String>> paragraphs(Kind kind, Length length, boolean mixed, boolean form) {
        List<String> sentences = new ArrayList<>();
        int coreCount = form
                ? dice.between(1, 2)
                : (length == Length.MEDIUM
                        ? dice.between(1, 3)
                        : dice.between(3, Math.min(6, kind.core().size())));
        int detailCount = kind.details().isEmpty()
                ? 0
                : (length == Length.MEDIUM
                        ? dice.between(0, 1)
                        : dice.between(1, Math.min(3, kind.details().size())));
        List<String> body = new ArrayList<>();
        body.addAll(distinct(kind.core(), coreCount));
        body.addAll(distinct(kind.details(), detailCount));
        // Keep the order mostly natural, but let a detail move up now and then.
        if (dice.chance(0.3) && body.size() > 2) {
            int a = dice.below(body.size());
            int b = dice.below(body.size());
            String t = body.get(a);
            body.set(a, body.get(b));
            body.set(b, t);
        }
        if (!kind.openers().isEmpty() && (!form || dice.chance(0.4))) {
            sentences.add(ctx.expand(dice.pick(kind.openers())));
        }
        for (String template : body) {
            sentences.add(ctx.expand(template));
        }
        if (mixed) {
            int at = sentences.isEmpty() ? 0 : 1 + dice.below(sentences.size());
            sentences.add(Math.min(at, sentences.size()), ctx.expand(dice.pick(kind.mixed())));
        }
        if (!kind.closers().isEmpty() && dice.chance(0.6)) {
            String closer = ctx.expand(dice.pick(kind.closers()));
            if (!closer.isBlank()) {
                sentences.add(closer);
            }
        }
        sentences.removeIf(String::isBlank);
        List<List<String>> paragraphs = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            int take = Math.min(sentences.size() - i, dice.between(1, 3));
            paragraphs.add(new ArrayList<>(sentences.subList(i, i + take)));
            i += take;
        }
        return paragraphs;
    }

    private List<String> distinct(List<String> pool, int count) {
        List<String> copy = new ArrayList<>(pool);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count && !copy.isEmpty(); i++) {
            out.add(copy.remove(dice.below(copy.size())));
        }
        return out;
    }
}
