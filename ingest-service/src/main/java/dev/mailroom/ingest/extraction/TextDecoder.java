package dev.mailroom.ingest.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;

/**
 * Decodes text of unknown or mis-declared charset. Order: valid UTF-8 with non-ASCII content (a declared
 * single-byte charset is wrong then, as such byte sequences practically never occur in those), the
 * declared charset when the bytes are valid in it, then Tika's charset detection.
 */
final class TextDecoder {

    private TextDecoder() {}

    static String decode(byte[] bytes, String declared) {
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null && hasNonAscii(bytes) && !hasNul(bytes)) {
            return stripBom(utf8);
        }
        Charset charset = charset(declared);
        if (charset != null) {
            String text = strict(bytes, charset);
            if (text != null) {
                return stripBom(text);
            }
        }
        if (utf8 != null && !hasNul(bytes)) {
            return stripBom(utf8);
        }
        try (AutoDetectReader reader = new AutoDetectReader(new ByteArrayInputStream(bytes), new Metadata())) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                text.append(buffer, 0, n);
            }
            return stripBom(text.toString());
        } catch (IOException | TikaException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** The charset of a declared name, or null when the name is missing, malformed or unknown. */
    static Charset charset(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(declared.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
