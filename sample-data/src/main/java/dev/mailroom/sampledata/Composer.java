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

    /** Sentences any kind of business mail may carry; they carry no label signal. */
    private static final List<String> NEUTRAL = List.of(
            "[I hope [you are well|this e-mail finds you well|you had a good weekend].|Hope all is well.]",
            "[As discussed [on the phone|earlier today|in our call|yesterday],|Following up on [my previous e-mail|our conversation],] [please see [below|the details below]|here are the details].",
            "[I am copying|I have copied|cc:] {you} [on this e-mail|for information|so that everyone is informed].",
            "[Please note that|Just so you know,] [our office|we] will be closed on {later}.",
            "[Please let me know if you have any questions.|Let me know if anything is unclear.|Do not hesitate to contact me if you need anything else.]",
            "[My direct line is|You can reach me on|Call me on] {myPhone}[ if that is easier|].",
            "[Apologies for the [late|slow] reply|Sorry for the delay in getting back to you][, it has been a busy week|].",
            "[Please [reply to|use] {myEmail} [from now on|for anything related to this]|Our e-mail addresses have changed to @{myEmailDomain}].",
            "[Have a [nice|good|great] [day|weekend|week].|Enjoy the rest of your week.]");

    /** Long small print found under letters, forms and e-mails of every kind; no label signal. */
    private static final List<String> BOILERPLATE = List.of(
            "[Data protection|Privacy notice|GDPR notice]: we process the personal data contained in this [message|letter|document] solely for the purpose of handling [your request|our business relationship] and in accordance with applicable data protection law. You can find more information about how we use your data, how long we keep it and your rights to access, correction and deletion [on our website|in our privacy policy|at {myEmailDomain}/privacy]. If you no longer wish to be contacted, please let us know at any time.",
            "[Confidentiality|Disclaimer]: this [e-mail|message|document] and any [files transmitted with it|attachments] are confidential and may be legally privileged. They are intended solely for the use of the individual or entity to whom they are addressed. If you have received this [e-mail|message] in error, please notify the sender immediately and delete it from your system. Any unauthorised copying, disclosure or distribution of the material is strictly forbidden. {myCompany} accepts no liability for any damage caused by viruses transmitted by this [e-mail|message].",
            "{myCompany} - registered [office|seat]: {myStreet}, {myPostcode} {myCity}, {myCountry}. [Registered in {myCountry}, company number {regNo}.|Commercial register {myCity}, no. HRB {digits4}.] [VAT ID|Tax number]: {vatId}. [Directors|Managing directors|Board]: {you}, {meFirst} {youLast}. [Bank|Bank details]: IBAN {iban}, BIC {bic}. [Our general terms and conditions apply to all business transactions; they are available on request or on our website.|All business is conducted under our general terms, available on request.] Place of jurisdiction: {myCity}.",
            "[Environmental note|Please think of the environment]: [we|{myCompany}] [are|is] committed to reducing paper use. Please consider whether you really need to print this [e-mail|document]. [We have been certified to ISO 14001 since {longAgo}|Our offices run on renewable electricity] and [we offset the emissions of our business travel|we recycle all office paper and toner cartridges]. Thank you for helping us to reduce our footprint.");

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
            return thread(new Composed(casual(shortText(kind, mixed), true), subject, kind), true);
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
            items = LineItems.build(ctx, dice.pick(kind.totalLabels()), length == Length.LONG && dice.chance(0.4));
        }
        List<String> fields = List.of();
        if (!kind.fields().isEmpty() && (layout == Kind.Layout.FORM || dice.chance(0.2))) {
            fields = fields(kind);
        }
        List<List<String>> paragraphs = paragraphs(kind, length, mixed, layout == Kind.Layout.FORM);
        String body = Layouts.render(layout, ctx, kind, subject, paragraphs, fields, items);
        if (length == Length.LONG
                && (layout == Kind.Layout.LETTER || layout == Kind.Layout.FORM || layout == Kind.Layout.EMAIL)
                && dice.chance(0.35)) {
            body = body + "\n\n" + ctx.expand(dice.pick(BOILERPLATE));
        }
        return thread(new Composed(body, subject, kind), layout == Kind.Layout.EMAIL || layout == Kind.Layout.NOTE);
    }

    /** Sometimes writes an e-mail the way people type on a phone: lower case, abbreviations, few full stops. */
    private String casual(String text, boolean emailLike) {
        if (!emailLike || !dice.chance(0.07)) {
            return text;
        }
        String t = text.toLowerCase(java.util.Locale.ROOT)
                .replace("please", dice.pick("pls", "please", "plz"))
                .replace("thanks", dice.pick("thx", "thanks", "ty"))
                .replace("thank you", dice.pick("thx", "thank you", "cheers"))
                .replace("regards", dice.pick("rgds", "regards"))
                .replace("i am ", dice.pick("im ", "i'm ", "i am "))
                .replace("as soon as possible", "asap");
        return dice.chance(0.5) ? t.replace(". ", " ").replace(".\n", "\n") : t;
    }

    /** Sometimes appends an earlier message of any label, quoted the way mail clients do. */
    private Composed thread(Composed top, boolean emailLike) {
        if (!emailLike || !dice.chance(options.quotedThreadRate())) {
            return top;
        }
        Label[] labels = Label.values();
        Label quotedLabel = labels[dice.below(labels.length)];
        Kind quotedKind = dice.pick(Phrasebook.KINDS.get(quotedLabel));
        DocumentContext earlier =
                new DocumentContext(new Dice(Dice.mix(ctx.date.toEpochDay(), dice.below(1 << 30))), ctx.privateSender);
        String quotedText = !quotedKind.shorts().isEmpty()
                ? earlier.expand(dice.pick(quotedKind.shorts()))
                : earlier.expand(dice.pick(quotedKind.core()));
        String quotedSubject = quotedKind.subjects().isEmpty() ? "" : earlier.expand(dice.pick(quotedKind.subjects()));
        StringBuilder b = new StringBuilder(top.text()).append("\n\n");
        switch (dice.below(3)) {
            case 0 ->
                b.append("-----Original Message-----\nFrom: ")
                        .append(earlier.slot("me"))
                        .append("\nSent: ")
                        .append(earlier.slot("earlier"))
                        .append("\nSubject: ")
                        .append(quotedSubject)
                        .append("\n\n")
                        .append(quotedText);
            case 1 -> {
                b.append("On ")
                        .append(earlier.slot("earlier"))
                        .append(", ")
                        .append(earlier.slot("me"))
                        .append(" <")
                        .append(earlier.slot("myEmail"))
                        .append("> wrote:\n");
                quotedText.lines().forEach(l -> b.append("> ").append(l).append('\n'));
            }
            default ->
                b.append("________________________________\nFrom: ")
                        .append(earlier.slot("me"))
                        .append("\nSubject: ")
                        .append(quotedSubject)
                        .append("\n\n")
                        .append(quotedText);
        }
        String subject = !quotedSubject.isEmpty() && dice.chance(0.5)
                ? dice.pick("Re: ", "RE: ", "AW: ", "Fwd: ") + quotedSubject
                : top.subject();
        return new Composed(b.toString(), subject, top.kind());
    }

    private String shortText(Kind kind, boolean mixed) {
        StringBuilder b = new StringBuilder(ctx.expand(dice.pick(kind.shorts())));
        if (mixed && dice.chance(0.35)) {
            b.append(' ').append(ctx.expand(dice.pick(kind.mixed())));
        }
        String text = b.toString();
        if (dice.chance(0.3) && !text.matches("(?s)^(Hi|Hello|Dear|Good)\\b.*")) {
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
        if (dice.chance(0.35)) {
            sentences.add(dice.chance(0.5) ? 0 : sentences.size(), ctx.expand(dice.pick(NEUTRAL)));
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
