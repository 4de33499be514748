package dev.mailroom.classifier.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.contracts.RejectReason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real Tesseract (Debian's libtesseract and English data) reading rendered pages. */
class DocumentTextExtractorIT {

    static final List<String> INVOICE = List.of(
            "INVOICE number 4711", "Amount due: 1250 EUR", "Payment within 30 days", "Bank transfer to account");

    static TesseractOcr ocr;
    static DocumentTextExtractor extractor;

    @BeforeAll
    static void startOcr() {
        OcrSettings settings =
                new OcrSettings(tessdata(), "eng", 3, 300, 2, 8, java.time.Duration.ofSeconds(60), 3, 20_000_000L, 20);
        ocr = new TesseractOcr(settings);
        extractor = new DocumentTextExtractor(settings, ocr);
    }

    @AfterAll
    static void stopOcr() {
        ocr.close();
    }

    static String tessdata() {
        String prefix = System.getenv("TESSDATA_PREFIX");
        return prefix != null ? prefix : "/usr/share/tesseract-ocr/5/tessdata";
    }

    @Test
    void scannedPageImageIsReadByOcr() {
        ExtractedText text = extractor.extract(PageImages.png(INVOICE));

        assertThat(text.method()).isEqualTo(ExtractedText.Method.OCR);
        assertThat(text.pages()).isEqualTo(1);
        assertThat(text.text().toLowerCase(Locale.ROOT))
                .contains("invoice", "4711", "amount due", "1250", "payment within 30 days");
        assertThat(text.ocrTime()).isPositive();
    }

    @Test
    void imageOnlyPdfIsRenderedAndReadPageByPage() {
        ExtractedText text = extractor.extract(PageImages.imageOnlyPdf(INVOICE, 2));

        assertThat(text.method()).isEqualTo(ExtractedText.Method.OCR);
        assertThat(text.pages()).isEqualTo(2);
        String lower = text.text().toLowerCase(Locale.ROOT);
        assertThat(lower.split("amount due", -1)).hasSize(3);
    }

    @Test
    void digitalPdfUsesItsTextLayerWithoutOcr() {
        ExtractedText text = extractor.extract(PageImages.digitalPdf(INVOICE));

        assertThat(text.method()).isEqualTo(ExtractedText.Method.TEXT_LAYER);
        assertThat(text.text()).contains("INVOICE number 4711", "Amount due: 1250 EUR");
        assertThat(text.ocrTime()).isZero();
    }

    @Test
    void plainTextIsTakenAsIs() {
        ExtractedText text = extractor.extract("Dear team, my order arrived broken.".getBytes(StandardCharsets.UTF_8));

        assertThat(text.method()).isEqualTo(ExtractedText.Method.PLAIN_TEXT);
        assertThat(text.text()).isEqualTo("Dear team, my order arrived broken.");
    }

    @Test
    void pixelBombIsRefusedBeforeDecoding() {
        assertThatThrownBy(() -> extractor.extract(PageImages.pixelBomb(60_000, 60_000)))
                .isInstanceOfSatisfying(
                        RejectionException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.BOMB))
                .hasMessageContaining("60000x60000");
    }

    @Test
    void pdfOverThePageLimitIsTooLarge() {
        assertThatThrownBy(() -> extractor.extract(PageImages.imageOnlyPdf(INVOICE, 4)))
                .isInstanceOfSatisfying(
                        RejectionException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE));
    }

    @Test
    void blankImageIsUnreadable() {
        assertThatThrownBy(() -> extractor.extract(PageImages.png(List.of())))
                .isInstanceOfSatisfying(
                        RejectionException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.UNREADABLE));
    }

    @Test
    void binaryGarbageIsUnsupported() {
        assertThatThrownBy(() -> extractor.extract(new byte[] {0, 1, 2, (byte) 0xFE, 0}))
                .isInstanceOfSatisfying(
                        RejectionException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.UNSUPPORTED_TYPE));
    }
}
