package dev.mailroom.classifier.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentKindTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "255044462D312E37, PDF",
        "0A0A255044462D312E34, PDF",
        "89504E470D0A1A0A, IMAGE",
        "FFD8FFE0, IMAGE",
        "49492A00, IMAGE",
        "4D4D002A, IMAGE",
        "474946383961, IMAGE",
        "48656C6C6F, TEXT",
        "C3A9, TEXT",
        "C328, UNKNOWN",
        "48650065, UNKNOWN"
    })
    void kindIsToldByMagicBytesNotByClaims(String hex, ContentKind expected) {
        assertThat(ContentKind.sniff(java.util.HexFormat.of().parseHex(hex))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void textMentioningPdfIsStillText() {
        assertThat(ContentKind.sniff("please find the PDF attached".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ContentKind.TEXT);
    }
}
