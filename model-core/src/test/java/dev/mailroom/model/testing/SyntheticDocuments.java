package dev.mailroom.model.testing;

import dev.mailroom.contracts.Label;
import dev.mailroom.model.LabelledText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A tiny deterministic generator of labelled business texts for fast model tests: each label has its own phrases,
 * mixed with shared filler, numbers and a little noise from other labels.
 */
public final class SyntheticDocuments {

    private static final Map<Label, List<String>> PHRASES = new EnumMap<>(Label.class);

    static {
        PHRASES.put(
                Label.INVOICE,
                List.of(
                        "invoice number",
                        "amount due",
                        "payment terms net 30",
                        "please remit payment",
                        "vat total",
                        "bank transfer to iban",
                        "invoice date",
                        "overdue balance"));
        PHRASES.put(
                Label.OFFER,
                List.of(
                        "we are pleased to offer",
                        "quotation valid until",
                        "special discount",
                        "price list attached",
                        "our proposal",
                        "offer reference",
                        "unit price per piece",
                        "best regards from sales"));
        PHRASES.put(
                Label.PURCHASE_ORDER,
                List.of(
                        "purchase order number",
                        "please deliver",
                        "order quantity",
                        "delivery address",
                        "we hereby order",
                        "po reference",
                        "ship to warehouse",
                        "confirm the order"));
        PHRASES.put(
                Label.JOB_APPLICATION,
                List.of(
                        "i am applying for",
                        "curriculum vitae attached",
                        "my experience as",
                        "position of engineer",
                        "cover letter",
                        "years of experience",
                        "interview at your convenience",
                        "my qualifications"));
        PHRASES.put(
                Label.COMPLAINT,
                List.of(
                        "i am very disappointed",
                        "the product arrived damaged",
                        "i demand a refund",
                        "unacceptable service",
                        "formal complaint",
                        "nobody answered my calls",
                        "poor quality",
                        "i want compensation"));
        PHRASES.put(
                Label.SERVICE_REQUEST,
                List.of(
                        "please reset my password",
                        "the printer needs maintenance",
                        "request a technician",
                        "could you please update",
                        "service appointment",
                        "my account is locked",
                        "change my address",
                        "support ticket"));
        PHRASES.put(
                Label.OTHER,
                List.of(
                        "newsletter of the month",
                        "team lunch on friday",
                        "happy holidays",
                        "meeting minutes",
                        "parking lot closed",
                        "welcome to the company",
                        "office party",
                        "weather forecast"));
    }

    private static final List<String> FILLER = List.of(
            "dear sir or madam",
            "kind regards",
            "thank you",
            "attached",
            "regarding",
            "as discussed",
            "hello",
            "the",
            "and",
            "with",
            "for",
            "our",
            "your",
            "company",
            "today");

    private SyntheticDocuments() {}

    /** {@code perLabel} documents of each of {@code labels}, shuffled, deterministic for {@code seed}. */
    public static List<LabelledText> generate(List<Label> labels, int perLabel, long seed) {
        Random random = new Random(seed);
        List<LabelledText> documents = new ArrayList<>();
        for (int i = 0; i < perLabel; i++) {
            for (Label label : labels) {
                documents.add(new LabelledText(text(label, labels, random), label));
            }
        }
        Collections.shuffle(documents, random);
        return documents;
    }

    /** Documents of every label. */
    public static List<LabelledText> generate(int perLabel, long seed) {
        return generate(List.of(Label.values()), perLabel, seed);
    }

    private static String text(Label label, List<Label> labels, Random random) {
        StringBuilder text = new StringBuilder();
        List<String> own = PHRASES.get(label);
        int sentences = 3 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            text.append(FILLER.get(random.nextInt(FILLER.size()))).append(' ');
            if (random.nextDouble() < 0.12) {
                Label other = labels.get(random.nextInt(labels.size()));
                List<String> theirs = PHRASES.get(other);
                text.append(theirs.get(random.nextInt(theirs.size())));
            } else {
                text.append(own.get(random.nextInt(own.size())));
            }
            text.append(' ').append(random.nextInt(10_000)).append(". ");
        }
        return text.toString().trim();
    }
}
