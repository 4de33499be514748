package dev.mailroom.classifier.ocr;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** What the bytes are, told by their magic numbers: a client's or a header's content type is not trusted. */
enum ContentKind {
    PDF,
    IMAGE,
    TEXT,
    UNKNOWN;

    static ContentKind sniff(byte[] bytes) {
        if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D) || containsPdfHeader(bytes)) {
            return PDF;
        }
        if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47) // PNG
                || startsWith(bytes, 0xFF, 0xD8, 0xFF) // JPEG
                || startsWith(bytes, 0x49, 0x49, 0x2A, 0x00) // TIFF little-endian
                || startsWith(bytes, 0x4D, 0x4D, 0x00, 0x2A) // TIFF big-endian
                || startsWith(bytes, 0x47, 0x49, 0x46, 0x38) // GIF
                || startsWith(bytes, 0x42, 0x4D)) { // BMP
            return IMAGE;
        }
        return isUtf8Text(bytes) ? TEXT : UNKNOWN;
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** PDF readers accept the header anywhere in the first kilobyte. */
    private static boolean containsPdfHeader(byte[] bytes) {
        int end = Math.min(bytes.length, 1024) - 5;
        for (int i = 1; i <= end; i++) {
            if (bytes[i] == '%'
                    && bytes[i + 1] == 'P'
                    && bytes[i + 2] == 'D'
                    && bytes[i + 3] == 'F'
                    && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8Text(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
