package dev.mailroom.ingest.imap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.Label;
import dev.mailroom.ingest.extraction.ExtractionLimits;
import dev.mailroom.ingest.extraction.TikaContentAnalyzer;
import dev.mailroom.ingest.pipeline.Analysis;
import dev.mailroom.sampledata.EmlWriter;
import dev.mailroom.sampledata.PdfRenderer;
import dev.mailroom.sampledata.SampleDocument;
import dev.mailroom.sampledata.SampleGenerator;
import dev.mailroom.sampledata.ScanRenderer;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The formats the shared sample-data generator writes (what the local stack drops into the inbox) come
 * out of extraction with the right type, text layer and text.
 */
class SampleDataIngestTest {

    private static final TikaContentAnalyzer analyzer = new TikaContentAnalyzer(ExtractionLimits.defaults());
    private static final SampleDocument invoice = new SampleGenerator(7).document(0, Label.INVOICE);
    private static final SampleDocument complaint = new SampleGenerator(7).document(1, Label.COMPLAINT);

    @AfterAll
    static void close() {
        analyzer.close();
    }

    private static String firstWords(SampleDocument document) {
        String[] words = document.text().strip().split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
    }

    @Test
    void textPdfHasItsTextLayer() {
        Analysis analysis = analyzer.analyze(new PdfRenderer().render(invoice), null);

        assertThat(analysis.contentType()).isEqualTo("application/pdf");
        assertThat(analysis.textLayer()).isTrue();
        assertThat(analysis.text().replaceAll("\\s+", " ")).contains(firstWords(invoice));
    }

    @Test
    void scansAreImagesWithoutTextLayer() {
        ScanRenderer scans = new ScanRenderer(7);

        Analysis png = analyzer.analyze(scans.renderPng(complaint.text()), null);
        Analysis pdf = analyzer.analyze(scans.renderImagePdf(complaint), null);

        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.textLayer()).isFalse();
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.textLayer()).isFalse();
        assertThat(pdf.text()).isNull();
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyEmlModeSplitsIntoBodyAndAttachmentsOfTheRightType() throws Exception {
        EmlWriter writer = new EmlWriter();
        assertThat(types(writer.write(invoice, EmlWriter.Mode.BODY))).containsExactly("text/plain");
        assertThat(types(writer.write(invoice, EmlWriter.Mode.PDF_ATTACHMENT)))
                .containsExactly("text/plain", "application/pdf");
        assertThat(types(writer.write(invoice, EmlWriter.Mode.BODY_AND_PDF)))
                .containsExactly("text/plain", "application/pdf");
        assertThat(types(writer.write(complaint, EmlWriter.Mode.SCAN_ATTACHMENT)))
                .containsExactly("text/plain", "image/png");

        Analysis whole = analyzer.analyze(writer.write(invoice, EmlWriter.Mode.BODY), null);
        assertThat(whole.contentType()).isEqualTo("message/rfc822");
        assertThat(whole.text().replaceAll("\\s+", " ")).contains(firstWords(invoice));
    }

    private static List<String> types(byte[] eml) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
        return MessageSplitter.split(message).stream()
                .map(part -> analyzer.analyze(part.bytes(), part.charset()).contentType())
                .toList();
    }
}
