package dev.mailroom.router;

import dev.mailroom.contracts.Channel;
import dev.mailroom.contracts.ContentRefs;
import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.Source;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** Ingested documents for the job tests: each distinct content gets its own sha256. */
final class TestDocuments {

    private static final EventCodec CODEC = new EventCodec();
    private static final Instant RECEIVED_AT = Instant.parse("2026-11-25T07:30:00Z");

    private TestDocuments() {}

    static DocumentIngested text(String content) {
        return document(UUID.randomUUID(), sha256(content), "application/pdf", true, content);
    }

    static DocumentIngested scan(String name, String contentType) {
        return document(UUID.randomUUID(), sha256(name), contentType, false, null);
    }

    static DocumentIngested unreadable(String content) {
        return document(UUID.randomUUID(), sha256(content), "text/plain", true, content);
    }

    /** Another document with the same bytes as {@code first}. */
    static DocumentIngested duplicateOf(DocumentIngested first) {
        return document(UUID.randomUUID(), first.sha256(), first.contentType(), first.textLayer(), first.text());
    }

    static byte[] json(DocumentIngested document) {
        return CODEC.encode(document);
    }

    private static DocumentIngested document(
            UUID id, String sha256, String contentType, boolean textLayer, String text) {
        return new DocumentIngested(
                id,
                RECEIVED_AT,
                new Source(Channel.UPLOAD, "test@example.com", "test", "doc-" + id),
                contentType,
                1234,
                sha256,
                ContentRefs.rawRef("mailroom", RECEIVED_AT, id),
                text,
                textLayer,
                1);
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
