package dev.mailroom.sampledata;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/** Writes a document as an RFC 5322 {@code .eml} message: in the body, as a PDF or scan attachment, or both. */
public final class EmlWriter {

    /** Where the document goes in the message. */
    public enum Mode {
        /** The document text is the plain-text body; no attachment. */
        BODY,
        /** A short cover note as body, the document as a PDF with a text layer attached. */
        PDF_ATTACHMENT,
        /** The document text as body and the same document attached as a PDF. */
        BODY_AND_PDF,
        /** A short cover note as body, the document as a scanned PNG page attached. */
        SCAN_ATTACHMENT
    }

    private static final List<String> COVER_NOTES = List.of(
            "Please find the attached document.",
            "Hello,\n\nplease see attachment.\n\nRegards",
            "See attached.",
            "Attached as discussed.",
            "Hi,\nforwarding the attached file for your attention.\nThanks",
            "Please find enclosed our document. Kind regards",
            "");

    private final PdfRenderer pdf;
    private final ScanRenderer scan;
    private final Session session = Session.getInstance(new Properties());

    /** A writer with default renderers (scan seed 0). */
    public EmlWriter() {
        this(new PdfRenderer(), new ScanRenderer(0));
    }

    /** A writer using the given renderers for attachments. */
    public EmlWriter(PdfRenderer pdf, ScanRenderer scan) {
        this.pdf = pdf;
        this.scan = scan;
    }

    /** The mode the CLI uses for a document: mostly bodies, some PDF and scan attachments, stable per id. */
    public static Mode modeFor(SampleDocument doc) {
        int bucket = Math.floorMod(doc.id().hashCode() * 31 + 7, 20);
        if (bucket < 9) {
            return Mode.BODY;
        }
        if (bucket < 15) {
            return Mode.PDF_ATTACHMENT;
        }
        if (bucket < 17 || doc.ocrNoise()) {
            return Mode.BODY_AND_PDF;
        }
        return Mode.SCAN_ATTACHMENT;
    }

    /** The message in the document's {@link #modeFor(SampleDocument) default mode}. */
    public byte[] write(SampleDocument doc) {
        return write(doc, modeFor(doc));
    }

    /** The message bytes (CRLF line ends), identical for identical input. */
    public byte[] write(SampleDocument doc, Mode mode) {
        try {
            MimeMessage message = new StableMessage(session, "<" + doc.id() + "@samples.mailroom.invalid>");
            message.setFrom(new InternetAddress(doc.senderEmail(), doc.senderName(), StandardCharsets.UTF_8.name()));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(doc.recipientEmail()));
            message.setSubject(doc.subject(), StandardCharsets.UTF_8.name());
            int minutes = Math.floorMod(doc.id().hashCode(), 9 * 60);
            message.setSentDate(
                    Date.from(doc.date().atTime(8, 0).plusMinutes(minutes).toInstant(ZoneOffset.UTC)));
            switch (mode) {
                case BODY -> message.setText(doc.text(), StandardCharsets.UTF_8.name());
                case PDF_ATTACHMENT -> message.setContent(multipart(doc, coverNote(doc), pdfPart(doc)));
                case BODY_AND_PDF -> message.setContent(multipart(doc, doc.text(), pdfPart(doc)));
                case SCAN_ATTACHMENT -> message.setContent(multipart(doc, coverNote(doc), scanPart(doc)));
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot build message for " + doc.id(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String coverNote(SampleDocument doc) {
        return COVER_NOTES.get(Math.floorMod(doc.id().hashCode(), COVER_NOTES.size()));
    }

    private MimeBodyPart pdfPart(SampleDocument doc) throws MessagingException {
        return attachment(pdf.render(doc), "application/pdf", doc.baseName() + ".pdf");
    }

    private MimeBodyPart scanPart(SampleDocument doc) throws MessagingException {
        return attachment(scan.renderPng(doc.text()), "image/png", doc.baseName() + ".png");
    }

    private static MimeBodyPart attachment(byte[] bytes, String type, String fileName) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        part.setFileName(fileName);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static MimeMultipart multipart(SampleDocument doc, String body, MimeBodyPart attachment)
            throws MessagingException {
        MimeMultipart mp = new StableMultipart(
                "----=_mailroom_" + Integer.toHexString(doc.id().hashCode()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        mp.addBodyPart(text);
        mp.addBodyPart(attachment);
        return mp;
    }

    /** A message whose Message-ID is fixed instead of derived from the clock. */
    private static final class StableMessage extends MimeMessage {
        private final String messageId;

        StableMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** A multipart/mixed whose boundary is fixed instead of random. */
    private static final class StableMultipart extends MimeMultipart {
        StableMultipart(String boundary) {
            super("mixed");
            contentType = "multipart/mixed; boundary=\"" + boundary + "\"";
        }
    }
}
