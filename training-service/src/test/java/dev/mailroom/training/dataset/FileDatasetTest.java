package dev.mailroom.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.mailroom.contracts.Label;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDatasetTest {

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    @Test
    void jsonlRowsAreReadWithIdsLabelsAndTexts() throws IOException {
        Path file = dir.resolve("train.jsonl");
        Files.writeString(
                file,
                """
                {"id":"a1","label":"invoice","text":"Invoice 42, amount due 100 EUR"}

                {"id":"a2","label":"complaint","text":"I am very unhappy with the delivery"}
                {"label":"offer","text":"We are pleased to offer"}
                """);

        Dataset data = loader.load(new FileDataset(file.toString()).open());

        assertThat(data.rows())
                .extracting(DatasetRow::id, DatasetRow::label)
                .containsExactly(
                        tuple("a1", Label.INVOICE), tuple("a2", Label.COMPLAINT), tuple("line-4", Label.OFFER));
        assertThat(data.rowsRead()).isEqualTo(3);
        assertThat(data.labelCounts()).containsEntry(Label.INVOICE, 1).hasSize(3);
        assertThat(data.fingerprint()).hasSize(64);
    }

    @Test
    void csvHandlesQuotedCommasQuotesAndLineBreaks() throws IOException {
        Path file = dir.resolve("train.csv");
        Files.writeString(
                file,
                "id,label,text\r\n"
                        + "1,invoice,\"Invoice, total \"\"100\"\" EUR\nline two\"\r\n"
                        + "2,offer,plain offer text\n");

        Dataset data = loader.load(new FileDataset(file.toString()).open());

        assertThat(data.rows()).hasSize(2);
        assertThat(data.rows().get(0).text()).isEqualTo("Invoice, total \"100\" EUR\nline two");
        assertThat(data.rows().get(1)).isEqualTo(new DatasetRow("2", Label.OFFER, "plain offer text"));
    }

    @Test
    void aLabelFolderNeverFollowsALinkOutOfItself() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("letters"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere/offer"));
        Files.writeString(outside.resolve("secret.txt"), "We offer the secret recipe");
        Files.writeString(dir.resolve("elsewhere/private.txt"), "Invoice of the private account");
        Path invoices = Files.createDirectories(folder.resolve("invoice"));
        Files.writeString(invoices.resolve("one.txt"), "Invoice number 7 payable within 30 days");
        Files.writeString(Files.createDirectories(folder.resolve("complaint")).resolve("c.txt"), "I complain");
        Files.createSymbolicLink(folder.resolve("offer"), outside);
        Files.createSymbolicLink(invoices.resolve("linked.txt"), dir.resolve("elsewhere/private.txt"));

        Dataset data = loader.load(new FileDataset(folder.toString()).open());

        assertThat(data.rows()).extracting(DatasetRow::id).containsExactly("complaint/c.txt", "invoice/one.txt");
    }

    @Test
    void readingStopsAtTheRowLimit() throws IOException {
        Path file = dir.resolve("big.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            lines.append("{\"label\":\"")
                    .append(i % 2 == 0 ? "invoice" : "offer")
                    .append("\",\"text\":\"row ")
                    .append(i)
                    .append("\"}\n");
        }
        Files.writeString(file, lines);

        assertThat(new DatasetLoader(n -> {}, 50)
                        .load(new FileDataset(file.toString()).open())
                        .rowsRead())
                .isEqualTo(50);
        assertThatThrownBy(() -> new DatasetLoader(n -> {}, 49).load(new FileDataset(file.toString()).open()))
                .isInstanceOfSatisfying(
                        InvalidDatasetException.class,
                        e -> assertThat(e.reason().code()).isEqualTo("dataset-too-large"))
                .hasMessageContaining("more than 49 rows (mailroom.training.limits.max-dataset-rows)");
    }

    @Test
    void labelFoldersReadTextPdfAndEmailFiles() throws Exception {
        Path invoices = Files.createDirectories(dir.resolve("invoice"));
        Path applications = Files.createDirectories(dir.resolve("job_application"));
        Files.writeString(invoices.resolve("one.txt"), "Invoice number 7 payable within 30 days");
        writePdf(invoices.resolve("two.pdf"), "Invoice INV-2031 total due");
        writeEmail(applications.resolve("cv.eml"), "Application for the developer role", "Please find my CV attached");
        Files.writeString(applications.resolve("notes.docx"), "ignored");

        Dataset data = loader.load(new FileDataset(dir.toString()).open());

        assertThat(data.rows())
                .extracting(DatasetRow::id)
                .containsExactly("invoice/one.txt", "invoice/two.pdf", "job_application/cv.eml");
        assertThat(data.rows().get(1).text()).contains("INV-2031");
        assertThat(data.rows().get(2).text())
                .contains("Application for the developer role")
                .contains("Please find my CV attached");
        assertThat(data.labelCounts()).containsEntry(Label.INVOICE, 2).containsEntry(Label.JOB_APPLICATION, 1);
    }

    @Test
    void unknownLabelIsRefusedNamingTheRow() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(
                file,
                """
                {"id":"ok","label":"invoice","text":"x"}
                {"id":"r2","label":"recipe","text":"y"}
                """);

        assertThatThrownBy(() -> loader.load(new FileDataset(file.toString()).open()))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidDatasetException.Reason.UNKNOWN_LABEL))
                .hasMessageContaining("r2")
                .hasMessageContaining("recipe");
    }

    @Test
    void singleLabelIsRefused() throws IOException {
        Path file = dir.resolve("one.jsonl");
        Files.writeString(
                file,
                """
                {"label":"invoice","text":"x"}
                {"label":"invoice","text":"y"}
                """);

        assertThatThrownBy(() -> loader.load(new FileDataset(file.toString()).open()))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidDatasetException.Reason.TOO_FEW_LABELS))
                .hasMessageContaining("at least 2");
    }

    @Test
    void rowsWithoutTextAreSkippedAndCounted() throws IOException {
        Path file = dir.resolve("blank.jsonl");
        Files.writeString(
                file,
                """
                {"label":"invoice","text":"x"}
                {"label":"offer","text":"   "}
                {"label":"offer","text":"y"}
                """);

        Dataset data = loader.load(new FileDataset(file.toString()).open());

        assertThat(data.rowsRead()).isEqualTo(3);
        assertThat(data.rowsSkipped()).isEqualTo(1);
        assertThat(data.size()).isEqualTo(2);
    }

    @Test
    void malformedLineAndMissingFileAreRefusedWithReasons() throws IOException {
        Path file = dir.resolve("broken.jsonl");
        Files.writeString(file, "{\"label\":\"invoice\",\"text\":\"x\"}\n{not json\n");

        assertThatThrownBy(() -> loader.load(new FileDataset(file.toString()).open()))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidDatasetException.Reason.MALFORMED))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> new FileDataset(dir.resolve("nope.jsonl").toString()).open())
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidDatasetException.Reason.UNREADABLE));
    }

    @Test
    void progressIsReportedWhileReading() throws IOException {
        Path file = dir.resolve("big.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2_500; i++) {
            lines.append("{\"label\":\"")
                    .append(i % 2 == 0 ? "invoice" : "offer")
                    .append("\",\"text\":\"t")
                    .append(i)
                    .append("\"}\n");
        }
        Files.writeString(file, lines);
        List<Long> progress = new ArrayList<>();

        Dataset data = new DatasetLoader(progress::add).load(new FileDataset(file.toString()).open());

        assertThat(progress).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(data.size()).isEqualTo(2_500);
    }

    static void writePdf(Path file, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(file.toFile());
        }
    }

    static void writeEmail(Path file, String subject, String body) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("anna@example.org"));
        message.setSubject(subject);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Path tmp = file.resolveSibling("attachment.tmp");
        writePdf(tmp, "Curriculum vitae Anna Example");
        pdf.write(Files.readAllBytes(tmp));
        Files.delete(tmp);
        attachment.setContent(pdf.toByteArray(), "application/pdf");
        attachment.setFileName("cv.pdf");
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
    }
}
