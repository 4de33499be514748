package dev.mailroom.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.Label;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    static String extract(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void extractedTextEqualsTheDocumentTextForEveryLabel() throws IOException {
        SampleGenerator g = new SampleGenerator(11);
        PdfRenderer renderer = new PdfRenderer();
        for (SampleDocument doc : g.generate(21)) {
            String text = extract(renderer.render(doc));
            assertThat(squash(text)).as(doc.id()).isEqualTo(squash(doc.text()));
        }
    }

    @Test
    void longTextIsWrappedAndPaginated() throws IOException {
        String paragraph = "The quick brown fox jumps over the lazy dog near invoice 2026-0042. ".repeat(12);
        String text = (paragraph + "\n\n").repeat(12);
        byte[] pdf = new PdfRenderer().render(text);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(squash(extract(pdf))).isEqualTo(squash(text));
    }

    @Test
    void charactersOutsideTheFontBecomeQuestionMarks() throws IOException {
        byte[] pdf = new PdfRenderer().render(SampleDocument.of("x", Label.OTHER, "Price: 12 € — naïve ₹ 5"));
        assertThat(squash(extract(pdf))).isEqualTo("Price: 12 € — naïve ? 5");
    }

    @Test
    void sameDocumentGivesTheSameBytesAndCarriesMetadata() throws IOException {
        SampleDocument doc = new SampleGenerator(5).document(3);
        byte[] a = new PdfRenderer().render(doc);
        byte[] b = new PdfRenderer().render(doc);
        assertThat(a).isEqualTo(b);
        try (PDDocument pdf = Loader.loadPDF(a)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(doc.subject());
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(doc.senderName());
        }
    }
}
