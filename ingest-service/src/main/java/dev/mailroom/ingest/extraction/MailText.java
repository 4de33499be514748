package dev.mailroom.ingest.extraction;

import dev.mailroom.contracts.RejectReason;
import dev.mailroom.ingest.pipeline.RejectedContentException;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The body text of an RFC 822 message: the first plain-text body, else the first HTML body as text;
 * attachments are not part of it (the IMAP channel ingests them as documents of their own).
 */
final class MailText {

    private static final Pattern HEADER = Pattern.compile("[!-9;-~]+:");
    private static final Session SESSION = Session.getInstance(utf8Headers());

    private MailText() {}

    /**
     * Extracts the body text.
     *
     * @param html turns HTML bytes and their declared charset into text
     */
    static String bodyText(byte[] message, BiFunction<byte[], String, String> html) {
        try {
            MimeMessage mime = new MimeMessage(SESSION, new ByteArrayInputStream(message));
            Bodies bodies = new Bodies();
            walk(mime, bodies, 0);
            if (bodies.plain != null && !bodies.plain.isBlank()) {
                return bodies.plain;
            }
            if (bodies.html != null) {
                return html.apply(bodies.html, bodies.htmlCharset);
            }
            return bodies.plain;
        } catch (MessagingException | IOException e) {
            throw new RejectedContentException(RejectReason.MALFORMED, "broken MIME message: " + e.getMessage(), e);
        }
    }

    private static void walk(Part part, Bodies bodies, int depth) throws MessagingException, IOException {
        if (depth > 20) {
            throw new RejectedContentException(RejectReason.MALFORMED, "MIME nesting deeper than 20 levels");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, bodies, depth + 1);
            }
            return;
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (attachment) {
            return;
        }
        if (part.isMimeType("text/plain") && bodies.plain == null) {
            bodies.plain = TextDecoder.decode(bytes(part), charset(part));
        } else if (part.isMimeType("text/html") && bodies.html == null) {
            bodies.html = bytes(part);
            bodies.htmlCharset = charset(part);
        }
    }

    /**
     * True when {@code bytes} start with an RFC 822 header block (at least two headers, one of them
     * {@code From:}, then an empty line).
     */
    static boolean looksLikeMessage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        int headers = 0;
        boolean from = false;
        for (String line : head.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                return from && headers >= 2;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (headers == 0) {
                    return false;
                }
                continue;
            }
            if (!HEADER.matcher(line).lookingAt()) {
                return false;
            }
            headers++;
            from |= line.regionMatches(true, 0, "From:", 0, 5);
        }
        return false;
    }

    /** The transfer-decoded bytes of a part. */
    static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The declared charset of a part, or null. */
    static String charset(Part part) throws MessagingException {
        String type = part.getContentType();
        if (type == null) {
            return null;
        }
        try {
            return new ContentType(type).getParameter("charset");
        } catch (ParseException e) {
            return null;
        }
    }

    private static Properties utf8Headers() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true");
        return properties;
    }

    private static final class Bodies {
        private String plain;
        private byte[] html;
        private String htmlCharset;
    }
}
