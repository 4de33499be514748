package dev.mailroom.training.dataset;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text of PDF files (their text layer, via PDFBox) and e-mails (subject, text parts and PDF attachments). */
final class TextExtraction {

    /** A file that is not what its name says (a broken PDF, an unparsable e-mail). */
    static final class ExtractionException extends Exception {
        ExtractionException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Session MAIL = Session.getInstance(new Properties());

    private TextExtraction() {}

    static String pdf(byte[] bytes) throws ExtractionException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).strip();
        } catch (IOException e) {
            throw new ExtractionException("not a readable PDF: " + e.getMessage(), e);
        }
    }

    static String email(InputStream in) throws ExtractionException {
        try {
            MimeMessage message = new MimeMessage(MAIL, in);
            StringBuilder text = new StringBuilder();
            if (message.getSubject() != null) {
                text.append(message.getSubject()).append("\n\n");
            }
            appendPart(message, text);
            return text.toString().strip();
        } catch (MessagingException | IOException e) {
            throw new ExtractionException("not a readable e-mail: " + e.getMessage(), e);
        }
    }

    private static void appendPart(Part part, StringBuilder text)
            throws MessagingException, IOException, ExtractionException {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent()).append('\n');
        } else if (part.isMimeType("text/html")) {
            text.append(stripTags(String.valueOf(part.getContent()))).append('\n');
        } else if (part.isMimeType("multipart/alternative")) {
            Multipart alternatives = (Multipart) part.getContent();
            // Prefer the plain-text alternative; fall back to the first one.
            BodyPart chosen = alternatives.getBodyPart(0);
            for (int i = 0; i < alternatives.getCount(); i++) {
                if (alternatives.getBodyPart(i).isMimeType("text/plain")) {
                    chosen = alternatives.getBodyPart(i);
                }
            }
            appendPart(chosen, text);
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                appendPart(multipart.getBodyPart(i), text);
            }
        } else if (part.isMimeType("message/rfc822")) {
            appendPart((Part) part.getContent(), text);
        } else if (part.isMimeType("application/pdf")) {
            try (InputStream pdf = part.getInputStream()) {
                text.append(pdf(pdf.readAllBytes())).append('\n');
            }
        }
    }

    private static String stripTags(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replaceAll("[ \\t]+", " ");
    }
}
