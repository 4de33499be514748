package dev.mailroom.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The record a stage could not process, kept verbatim inside {@code document.rejected.v1} so it can
 * be replayed: UTF-8 text as is, anything else base64.
 *
 * @param topic the topic it was read from, or null for ingest channels
 * @param encoding how {@code value} encodes the original bytes
 * @param value the original bytes, encoded
 */
public record OriginalRecord(String topic, Encoding encoding, String value) {

    public OriginalRecord {
        Fields.required(encoding, "original.encoding");
        Fields.required(value, "original.value");
    }

    /** Keeps {@code bytes} as text when they are valid UTF-8, base64 otherwise. */
    public static OriginalRecord of(String topic, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new OriginalRecord(topic, Encoding.UTF_8, text);
        } catch (CharacterCodingException e) {
            return new OriginalRecord(
                    topic, Encoding.BASE64, Base64.getEncoder().encodeToString(bytes));
        }
    }

    /** The original bytes. */
    public byte[] bytes() {
        return encoding == Encoding.UTF_8
                ? value.getBytes(StandardCharsets.UTF_8)
                : Base64.getDecoder().decode(value);
    }

    /** How the original bytes are carried. */
    public enum Encoding {
        UTF_8("utf-8"),
        BASE64("base64");

        private final String code;

        Encoding(String code) {
            this.code = code;
        }

        /** The wire code. */
        @JsonValue
        public String code() {
            return code;
        }

        /** Parses the wire code. */
        @JsonCreator
        public static Encoding fromCode(String code) {
            for (Encoding e : values()) {
                if (e.code.equals(code)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("unknown encoding '" + code + "'");
        }
    }
}
