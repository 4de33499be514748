package dev.mailroom.ingest.imap;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes a message apart: every attachment (any non-text leaf, attached messages included, however deeply
 * nested) is a document; the body is one more document when it has content: the first non-blank plain
 * text part, else the first HTML part.
 */
final class MessageSplitter {

    private static final int MAX_DEPTH = 20;

    private MessageSplitter() {}

    /** The documents of {@code message}, body first. */
    static List<MailPart> split(Part message) throws MessagingException, IOException {
        Collector collector = new Collector();
        walk(message, collector, 0);
        List<MailPart> parts = new ArrayList<>();
        MailPart body = collector.plain != null ? collector.plain : collector.html;
        if (body != null) {
            parts.add(body);
        }
        parts.addAll(collector.attachments);
        return parts;
    }

    private static void walk(Part part, Collector collector, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            throw new MessagingException("MIME nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MessagingException("multipart without parts: " + part.getContentType());
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, collector, depth + 1);
            }
            return;
        }
        String filename = filename(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || filename != null;
        boolean text = part.isMimeType("text/plain") || part.isMimeType("text/html");
        if (attachment || !text) {
            if (filename == null && part.isMimeType("message/rfc822")) {
                filename = "attached-message.eml";
            }
            collector.attachments.add(new MailPart(filename, bytes(part), charset(part)));
            return;
        }
        byte[] bytes = bytes(part);
        String charset = charset(part);
        if (part.isMimeType("text/plain")) {
            if (collector.plain == null && !loose(bytes, charset).isBlank()) {
                collector.plain = new MailPart(null, bytes, charset);
            }
        } else if (collector.html == null && !loose(bytes, charset).isBlank()) {
            collector.html = new MailPart(null, bytes, charset);
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String charset(Part part) throws MessagingException {
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

    private static String filename(Part part) throws MessagingException {
        String name;
        try {
            name = part.getFileName();
        } catch (MessagingException e) {
            return null;
        }
        return name == null || name.isBlank() ? null : header(name);
    }

    /** Decodes a header value: RFC 2047 words, and raw 8-bit UTF-8 that was read as Latin-1. */
    static String header(String value) {
        if (value == null) {
            return null;
        }
        String decoded = value;
        if (value.contains("=?")) {
            try {
                decoded = MimeUtility.decodeText(value);
            } catch (UnsupportedEncodingException e) {
                decoded = value;
            }
        }
        return utf8ReadAsLatin1(decoded);
    }

    private static String utf8ReadAsLatin1(String value) {
        boolean eightBit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xFF) {
                return value;
            }
            eightBit |= c >= 0x80;
        }
        if (!eightBit) {
            return value;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return value;
        }
    }

    private static String loose(byte[] bytes, String charset) {
        Charset decoding = StandardCharsets.UTF_8;
        if (charset != null) {
            try {
                decoding = Charset.forName(charset);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                decoding = StandardCharsets.ISO_8859_1;
            }
        }
        return new String(bytes, decoding);
    }

    private static final class Collector {
        private MailPart plain;
        private MailPart html;
        private final List<MailPart> attachments = new ArrayList<>();
    }
}
