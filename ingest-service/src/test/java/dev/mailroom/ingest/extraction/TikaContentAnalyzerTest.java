package dev.mailroom.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.contracts.RejectReason;
import dev.mailroom.ingest.Corpus;
import dev.mailroom.ingest.pipeline.Analysis;
import dev.mailroom.ingest.pipeline.RejectedContentException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TikaContentAnalyzerTest {

    private static final TikaContentAnalyzer analyzer = new TikaContentAnalyzer(ExtractionLimits.defaults());

    @AfterAll
    static void close() {
        analyzer.close();
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of(
                        "text pdf",
                        Corpus.textPdf(3, Corpus.INVOICE_TEXT),
                        null,
                        "application/pdf",
                        true,
                        3,
                        "Invoice 4711"),
                Arguments.of("image-only pdf", Corpus.imageOnlyPdf(), null, "application/pdf", false, 1, null),
                Arguments.of(
                        "docx",
                        Corpus.docx("Application for the position of engineer", "Kind regards"),
                        null,
                        TikaContentAnalyzer.DOCX,
                        true,
                        1,
                        "position of engineer"),
                Arguments.of(
                        "html",
                        Corpus.html("Our offer: 500 units"),
                        null,
                        "text/html",
                        true,
                        1,
                        "Our offer: 500 units"),
                Arguments.of(
                        "utf-8 text",
                        Corpus.text("Grüße aus Köln, Rechnung anbei", StandardCharsets.UTF_8),
                        null,
                        "text/plain",
                        true,
                        1,
                        "Grüße aus Köln"),
                Arguments.of(
                        "latin-1 text declared",
                        Corpus.text("Grüße aus Köln, Rechnung anbei", StandardCharsets.ISO_8859_1),
                        "ISO-8859-1",
                        "text/plain",
                        true,
                        1,
                        "Grüße aus Köln"),
                Arguments.of(
                        "latin-1 text declared as utf-8",
                        Corpus.text(
                                "Sehr geehrte Damen und Herren, die Lieferung für März ist beschädigt.",
                                StandardCharsets.ISO_8859_1),
                        "utf-8",
                        "text/plain",
                        true,
                        1,
                        "für März ist beschädigt"),
                Arguments.of(
                        "windows-1252 text with unknown charset name",
                        Corpus.text(
                                "Die Lieferung für März ist beschädigt, bitte um Rückruf.",
                                Charset.forName("windows-1252")),
                        "x-unknown-charset",
                        "text/plain",
                        true,
                        1,
                        "beschädigt"),
                Arguments.of(
                        "forwarded message with few headers",
                        "From: supplier@example.com\r\nSubject: Angebot\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nOur offer for 10 units: 990 EUR.\r\n"
                                .getBytes(StandardCharsets.US_ASCII),
                        null,
                        "message/rfc822",
                        true,
                        1,
                        "Our offer for 10 units"),
                Arguments.of(
                        "koi8-r text declared",
                        Corpus.text("Жалоба на доставку: товар повреждён", Charset.forName("KOI8-R")),
                        "koi8-r",
                        "text/plain",
                        true,
                        1,
                        "товар повреждён"),
                Arguments.of(
                        "shift_jis text declared",
                        Corpus.text("請求書番号 4711 のお支払いについて", Charset.forName("Shift_JIS")),
                        "Shift_JIS",
                        "text/plain",
                        true,
                        1,
                        "請求書番号 4711"),
                Arguments.of(
                        "utf-16 text with byte order mark",
                        Corpus.text("\uFEFFBewerbung als Lagerist", StandardCharsets.UTF_16LE),
                        null,
                        "text/plain",
                        true,
                        1,
                        "Bewerbung als Lagerist"),
                Arguments.of("png", Corpus.png(), null, "image/png", false, 1, null),
                Arguments.of(
                        "e-mail",
                        Corpus.eightBitHeaderMail(),
                        null,
                        "message/rfc822",
                        true,
                        1,
                        "Lieferung kam beschädigt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void detectsTypeFromBytesAndExtractsTextLayer(
            String name, byte[] bytes, String charset, String type, boolean textLayer, int pages, String excerpt) {
        Analysis analysis = analyzer.analyze(bytes, charset);

        assertThat(analysis.contentType()).isEqualTo(type);
        assertThat(analysis.textLayer()).isEqualTo(textLayer);
        assertThat(analysis.pages()).isEqualTo(pages);
        if (excerpt == null) {
            assertThat(analysis.text()).isNull();
        } else {
            assertThat(analysis.text()).contains(excerpt);
        }
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("zero bytes", new byte[0], RejectReason.MALFORMED),
                Arguments.of("truncated pdf", Corpus.truncatedPdf(), RejectReason.MALFORMED),
                Arguments.of("encrypted pdf", Corpus.encryptedPdf(), RejectReason.ENCRYPTED),
                Arguments.of("zip bomb", Corpus.zipBomb(64), RejectReason.BOMB),
                Arguments.of("plain zip", Corpus.zip(), RejectReason.UNSUPPORTED_TYPE),
                Arguments.of("unknown binary", Corpus.binary(4096), RejectReason.UNSUPPORTED_TYPE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void refusesNastyInputWithTypedReason(String name, byte[] bytes, RejectReason reason) {
        assertThatThrownBy(() -> analyzer.analyze(bytes, null))
                .isInstanceOf(RejectedContentException.class)
                .satisfies(
                        e -> assertThat(((RejectedContentException) e).reason()).isEqualTo(reason));
    }

    @Test
    void extractionOverTheTimeLimitIsRejectedAsTimeout() {
        ExtractionLimits tight = new ExtractionLimits(Duration.ofNanos(1), 1000, 10, 1 << 20, 100, 1 << 20, 10);
        try (TikaContentAnalyzer slow = new TikaContentAnalyzer(tight)) {
            assertThatThrownBy(() -> slow.analyze(Corpus.textPdf(20, Corpus.INVOICE_TEXT), null))
                    .isInstanceOf(RejectedContentException.class)
                    .satisfies(e ->
                            assertThat(((RejectedContentException) e).reason()).isEqualTo(RejectReason.TIMEOUT));
        }
    }

    @Test
    void textIsCutAtTheConfiguredLength() {
        ExtractionLimits small = new ExtractionLimits(Duration.ofSeconds(10), 50, 1, 1 << 20, 100, 1 << 20, 10);
        try (TikaContentAnalyzer cutting = new TikaContentAnalyzer(small)) {
            Analysis analysis = cutting.analyze("word ".repeat(1000).getBytes(StandardCharsets.US_ASCII), null);
            assertThat(analysis.text()).hasSizeLessThanOrEqualTo(50).startsWith("word word");
        }
    }
}
