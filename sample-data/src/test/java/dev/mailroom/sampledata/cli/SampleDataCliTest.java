package dev.mailroom.sampledata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.Label;
import dev.mailroom.sampledata.JsonlReader;
import dev.mailroom.sampledata.SampleDocument;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataCliTest {

    private static int run(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return SampleDataCli.run(args, sink, sink);
    }

    @Test
    void jsonlFormatWritesSamplesJsonlIntoTheDirectory(@TempDir Path dir) throws Exception {
        assertThat(run("--count", "70", "--format", "jsonl", "--out", dir.toString(), "--seed", "42"))
                .isZero();
        List<SampleDocument> docs = JsonlReader.read(dir.resolve("samples.jsonl"));
        assertThat(docs).hasSize(70);
        assertThat(docs.stream().filter(d -> d.label() == Label.OFFER)).hasSize(10);
    }

    @Test
    void jsonlFormatWritesToAnExplicitFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x/my.jsonl");
        assertThat(run("--count=14", "--out=" + file)).isZero();
        assertThat(JsonlReader.read(file)).hasSize(14);
    }

    @Test
    void splitWritesDisjointTrainAndTestFiles(@TempDir Path dir) throws Exception {
        assertThat(run("--count", "100", "--out", dir.toString(), "--split", "0.7"))
                .isZero();
        List<SampleDocument> train = JsonlReader.read(dir.resolve("train.jsonl"));
        List<SampleDocument> test = JsonlReader.read(dir.resolve("test.jsonl"));
        assertThat(train).hasSize(70);
        assertThat(test).hasSize(30);
        assertThat(train)
                .extracting(SampleDocument::id)
                .doesNotContainAnyElementsOf(
                        test.stream().map(SampleDocument::id).toList());
    }

    @Test
    void foldersFormatWritesOneFolderPerLabelAndAManifest(@TempDir Path dir) throws Exception {
        assertThat(run("--count", "21", "--format", "folders", "--out", dir.toString()))
                .isZero();
        for (Label label : Label.values()) {
            try (Stream<Path> files = Files.list(dir.resolve(label.code()))) {
                assertThat(files.filter(p -> p.toString().endsWith(".txt"))).hasSize(3);
            }
        }
        assertThat(Files.readAllLines(dir.resolve("manifest.jsonl")))
                .hasSize(21)
                .allMatch(l -> l.contains("\"files\":[\""));
    }

    @Test
    void pdfFormatWritesPdfsWithTextLayers(@TempDir Path dir) throws Exception {
        assertThat(run("--count", "7", "--format", "pdf", "--out", dir.toString(), "--seed", "3"))
                .isZero();
        List<SampleDocument> manifest = JsonlReader.read(dir.resolve("manifest.jsonl"));
        assertThat(manifest).hasSize(7);
        for (SampleDocument doc : manifest) {
            Path pdf = dir.resolve(doc.label().code()).resolve(doc.id().replace('-', '_') + ".pdf");
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper()
                                .getText(d)
                                .replaceAll("\\s+", " ")
                                .strip())
                        .isEqualTo(doc.text().replaceAll("\\s+", " ").strip());
            }
        }
    }

    @Test
    void scanFormatWritesPngAndImageOnlyPdf(@TempDir Path dir) throws Exception {
        assertThat(run("--count", "2", "--format", "scan", "--out", dir.toString()))
                .isZero();
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names.stream().filter(n -> n.endsWith(".png"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(names.stream().filter(n -> n.endsWith(".pdf"))).hasSize(2);
        }
        assertThat(JsonlReader.read(dir.resolve("manifest.jsonl"))).noneMatch(SampleDocument::ocrNoise);
    }

    @Test
    void emlFormatWritesParseableMessages(@TempDir Path dir) throws Exception {
        assertThat(run("--count", "14", "--format", "eml", "--out", dir.toString(), "--split", "0.5"))
                .isZero();
        for (String part : List.of("train", "test")) {
            assertThat(Files.readAllLines(dir.resolve(part).resolve("manifest.jsonl")))
                    .hasSize(7);
            try (Stream<Path> files = Files.walk(dir.resolve(part))) {
                List<Path> emls =
                        files.filter(p -> p.toString().endsWith(".eml")).toList();
                assertThat(emls).hasSize(7);
                for (Path eml : emls) {
                    try (var in = Files.newInputStream(eml)) {
                        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
                        assertThat(m.getSubject()).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void badArgumentsGiveUsageErrorAndWriteNothing(@TempDir Path dir) throws Exception {
        assertThat(run("--count", "5")).isEqualTo(2);
        assertThat(run("--count", "x", "--out", dir.toString())).isEqualTo(2);
        assertThat(run("--format", "docx", "--out", dir.toString())).isEqualTo(2);
        assertThat(run("--help")).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
