package dev.mailroom.localstack.demo;

import dev.mailroom.contracts.Label;
import dev.mailroom.sampledata.EmlWriter;
import dev.mailroom.sampledata.JsonlWriter;
import dev.mailroom.sampledata.PdfRenderer;
import dev.mailroom.sampledata.SampleDocument;
import dev.mailroom.sampledata.SampleGenerator;
import dev.mailroom.sampledata.ScanRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Sample documents from the sample-data generator: a training set, and files to feed the pipeline. */
public final class SampleBatch {

    /** The file formats a sample document is rendered in. */
    public enum Format {
        /** Plain UTF-8 text. */
        TXT("txt", false),
        /** A PDF with a text layer. */
        PDF("pdf", false),
        /** A scanned page (PNG at 300 dpi, with scanner noise): OCR. */
        PNG("png", true),
        /** A PDF of scanned page images, without a text layer: OCR. */
        SCANNED_PDF("scan.pdf", true),
        /** An e-mail message ({@code .eml}) with the document as its body. */
        EML("eml", false);

        private final String extension;
        private final boolean scanned;

        Format(String extension, boolean scanned) {
            this.extension = extension;
            this.scanned = scanned;
        }

        /** The file name extension. */
        public String extension() {
            return extension;
        }

        /** Whether the file has no text layer (an image): it must take the OCR route. */
        public boolean scanned() {
            return scanned;
        }
    }

    /**
     * A file to feed, with the label the generator gave it.
     *
     * @param filename the file name (unique within a batch)
     * @param bytes the file content
     * @param expected the true label
     * @param format the file format
     * @param document the generated document it renders
     */
    public record SampleFile(String filename, byte[] bytes, Label expected, Format format, SampleDocument document) {}

    private SampleBatch() {}

    /** Writes {@code count} labelled documents as a JSONL training set; returns the file. */
    public static Path writeTrainingSet(Path file, long seed, int count) {
        try {
            Files.createDirectories(file.getParent());
            JsonlWriter.write(new SampleGenerator(seed).generate(count), file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** {@code count} generated documents, rendered in turn in each format. */
    public static List<SampleFile> mixed(long seed, int count) {
        List<SampleDocument> docs = new SampleGenerator(seed).generate(count);
        List<SampleFile> files = new ArrayList<>();
        Format[] formats = Format.values();
        for (int i = 0; i < docs.size(); i++) {
            files.add(render(docs.get(i), formats[i % formats.length], String.format("%03d-", i + 1)));
        }
        return files;
    }

    /** Renders {@code doc} in {@code format} as a file named {@code <prefix><baseName>.<extension>}. */
    public static SampleFile render(SampleDocument doc, Format format, String prefix) {
        byte[] bytes =
                switch (format) {
                    case TXT -> doc.text().getBytes(StandardCharsets.UTF_8);
                    case PDF -> new PdfRenderer().render(doc);
                    case PNG -> new ScanRenderer(doc.id().hashCode()).renderPng(doc.text());
                    case SCANNED_PDF -> new ScanRenderer(doc.id().hashCode()).renderImagePdf(doc);
                    case EML -> new EmlWriter().write(doc, EmlWriter.Mode.BODY);
                };
        return new SampleFile(prefix + doc.baseName() + "." + format.extension(), bytes, doc.label(), format, doc);
    }

    /** Writes {@code file} into {@code folder} atomically (a watcher never sees half a file). */
    public static Path drop(SampleFile file, Path folder, Path staging) {
        try {
            Files.createDirectories(staging);
            Path temporary = staging.resolve(file.filename() + ".part");
            Files.write(temporary, file.bytes());
            return Files.move(temporary, folder.resolve(file.filename()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot drop " + file.filename() + " into " + folder, e);
        }
    }
}
