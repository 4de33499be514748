package dev.mailroom.sampledata;

import dev.mailroom.contracts.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Deterministic generator of labelled business documents: the same seed gives the same documents, and
 * every run of seven consecutive documents holds each label once.
 *
 * <p>Document {@code i} depends only on the seed, the options and {@code i}, so {@code generate(100)}
 * is a prefix of {@code generate(1000)} and {@link #document(long)} gives random access.
 */
public final class SampleGenerator {

    private static final Label[] LABELS = Label.values();
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\n");
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

    private final long seed;
    private final GeneratorOptions options;
    private long nextIndex;

    /** A generator with {@link GeneratorOptions#defaults()}. */
    public SampleGenerator(long seed) {
        this(seed, GeneratorOptions.defaults());
    }

    /** A generator with explicit options. */
    public SampleGenerator(long seed, GeneratorOptions options) {
        this.seed = seed;
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The seed this generator was created with. */
    public long seed() {
        return seed;
    }

    /** The next document in sequence (starting at index 0). */
    public SampleDocument next() {
        return document(nextIndex++);
    }

    /** The next {@code count} documents, balanced over the labels (counts differ by at most one). */
    public List<SampleDocument> generate(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        List<SampleDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            docs.add(next());
        }
        return docs;
    }

    /** The document at {@code index}, independent of what was generated before. */
    public SampleDocument document(long index) {
        return document(index, labelAt(index));
    }

    /** A document of the given label, drawn with the randomness of position {@code index}. */
    public SampleDocument document(long index, Label label) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        Dice dice = new Dice(Dice.mix(Dice.mix(seed, index), label.ordinal() + 1L));
        boolean privateSender =
                switch (label) {
                    case JOB_APPLICATION -> true;
                    case COMPLAINT -> dice.chance(0.45);
                    case SERVICE_REQUEST -> dice.chance(0.2);
                    default -> dice.chance(0.08);
                };
        DocumentContext ctx = new DocumentContext(dice, privateSender);
        Composer.Composed composed = new Composer(ctx, options).compose(label);
        String text = composed.text()
                .replaceAll("[ \\t]+\n", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
        boolean noisy = dice.chance(options.ocrNoiseRate());
        if (noisy) {
            text = OcrNoise.apply(text, dice, 0.008 + dice.unit() * 0.04);
        }
        String id = "s" + seed + "-" + String.format(Locale.ROOT, "%06d", index);
        String subject = composed.subject().isBlank() ? label.code().replace('_', ' ') : composed.subject();
        if (subject.length() > 120) {
            subject = subject.substring(0, 120);
        }
        String sender = ctx.slot("me");
        String senderEmail = ctx.slot("myEmail");
        String inbox = dice.pick("mailroom", "info", "office", "post", "contact", "hello") + "@"
                + DocumentContext.ascii(ctx.slot("yourCompany"))
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "")
                + ".example";
        return new SampleDocument(
                id, label, text, subject, sender, senderEmail, inbox, ctx.date, id.replace('-', '_'), noisy);
    }

    /** The label at {@code index}: each block of seven positions is a seeded permutation of the labels. */
    public Label labelAt(long index) {
        long block = index / LABELS.length;
        Label[] order = Arrays.copyOf(LABELS, LABELS.length);
        Dice dice = new Dice(Dice.mix(seed ^ 0x5DEECE66DL, block));
        for (int i = order.length - 1; i > 0; i--) {
            int j = dice.below(i + 1);
            Label t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order[(int) (index % LABELS.length)];
    }
}
