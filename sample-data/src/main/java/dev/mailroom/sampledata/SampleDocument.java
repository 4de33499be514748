package dev.mailroom.sampledata;

import dev.mailroom.contracts.Label;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One labelled sample document with the metadata a mailroom would see around it.
 *
 * @param id stable identifier, unique within a generated set (e.g. {@code s42-000017})
 * @param label the true class
 * @param text the document text as a reader (or an OCR engine) would see it
 * @param subject a subject line suitable for an e-mail carrying the document
 * @param senderName display name of the sender
 * @param senderEmail e-mail address of the sender
 * @param recipientEmail e-mail address of the recipient (a mailroom inbox)
 * @param date the document date
 * @param baseName a file name without extension, safe on every file system
 * @param ocrNoise whether OCR-like corruption was applied to {@code text}
 */
public record SampleDocument(
        String id,
        Label label,
        String text,
        String subject,
        String senderName,
        String senderEmail,
        String recipientEmail,
        LocalDate date,
        String baseName,
        boolean ocrNoise) {

    /** Validates the required components. */
    public SampleDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(senderName, "senderName");
        Objects.requireNonNull(senderEmail, "senderEmail");
        Objects.requireNonNull(recipientEmail, "recipientEmail");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(baseName, "baseName");
    }

    /** A document with only the dataset fields; the metadata gets neutral defaults. */
    public static SampleDocument of(String id, Label label, String text) {
        String subject =
                text.lines().filter(l -> !l.isBlank()).findFirst().orElse(id).strip();
        if (subject.length() > 78) {
            subject = subject.substring(0, 78);
        }
        return new SampleDocument(
                id,
                label,
                text,
                subject,
                "Sample Sender",
                "sender@example.com",
                "mailroom@example.com",
                LocalDate.of(2026, 1, 1),
                id.replaceAll("[^A-Za-z0-9._-]", "_"),
                false);
    }
}
