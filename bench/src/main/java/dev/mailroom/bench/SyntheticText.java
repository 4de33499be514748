package dev.mailroom.bench;

import dev.mailroom.contracts.Label;
import java.util.List;
import java.util.Random;

/**
 * Business-like text of a requested size for load generation: each document is built from sentences typical of
 * its label, so the classifier does real work; content quality is measured elsewhere (training and E2E tests).
 */
final class SyntheticText {

    private static final List<List<String>> SENTENCES = List.of(
            List.of(
                    "Please find attached invoice INV-%d for the services delivered last month.",
                    "The total amount due is EUR %d.50, payable within 30 days.",
                    "Kindly transfer the balance to the bank account stated below."),
            List.of(
                    "We are pleased to offer you our quotation number Q-%d.",
                    "The offer is valid for 30 days and includes delivery within two weeks.",
                    "Prices are quoted per unit excluding VAT; volume discounts of %d percent apply."),
            List.of(
                    "Please accept our purchase order PO-%d for the items listed.",
                    "Deliver 250 units of article %d to our warehouse by the end of the month.",
                    "Confirm the order and the expected shipping date by return."),
            List.of(
                    "I am writing to apply for the position of data engineer advertised on your site.",
                    "I have %d years of experience building distributed systems.",
                    "My curriculum vitae and references are attached; I look forward to an interview."),
            List.of(
                    "I am very disappointed with the service I received on order %d.",
                    "The product arrived damaged and nobody answered my calls for %d days.",
                    "I expect a refund or a replacement without further delay."),
            List.of(
                    "Our heating system stopped working, please send a technician (ticket %d).",
                    "Could you schedule a maintenance visit for the printers on floor %d?",
                    "Please reset the access card of our new colleague."),
            List.of(
                    "Thank you for attending our annual meeting; the minutes follow.",
                    "Our newsletter number %d covers the upcoming trade fair.",
                    "I will be out of the office until Monday with limited access to e-mail."));

    private final Random random;

    SyntheticText(long seed) {
        this.random = new Random(seed);
    }

    /** A document of about {@code bytes} bytes (ASCII) whose content matches {@code label}. */
    String of(Label label, int bytes) {
        List<String> sentences = SENTENCES.get(label.ordinal() % SENTENCES.size());
        StringBuilder text = new StringBuilder(bytes + 120);
        while (text.length() < bytes) {
            String sentence = sentences.get(random.nextInt(sentences.size()));
            text.append(String.format(java.util.Locale.ROOT, sentence, 1000 + random.nextInt(90_000)))
                    .append(random.nextInt(5) == 0 ? "\n" : " ");
        }
        return text.substring(0, Math.max(1, bytes)).strip();
    }

    Label label(long n) {
        Label[] labels = Label.values();
        return labels[(int) (n % labels.length)];
    }
}
