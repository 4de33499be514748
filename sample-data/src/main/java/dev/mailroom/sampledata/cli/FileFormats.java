package dev.mailroom.sampledata.cli;

import dev.mailroom.sampledata.EmlWriter;
import dev.mailroom.sampledata.FolderWriter;
import dev.mailroom.sampledata.PdfRenderer;
import dev.mailroom.sampledata.SampleDocument;
import dev.mailroom.sampledata.ScanRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes one document in one file format and returns the files written. */
final class FileFormats {

    private final PdfRenderer pdf = new PdfRenderer();
    private final ScanRenderer scan;
    private final EmlWriter eml;

    FileFormats(long seed) {
        this.scan = new ScanRenderer(seed);
        this.eml = new EmlWriter(pdf, scan);
    }

    List<Path> write(CliOptions.Format format, SampleDocument doc, Path dir) throws IOException {
        switch (format) {
            case FOLDERS -> {
                Path txt = FolderWriter.pathFor(dir, doc, "txt");
                FolderWriter.write(txt, doc.text().getBytes(StandardCharsets.UTF_8));
                return List.of(txt);
            }
            case PDF -> {
                Path file = FolderWriter.pathFor(dir, doc, "pdf");
                FolderWriter.write(file, pdf.render(doc));
                return List.of(file);
            }
            case SCAN -> {
                List<Path> files = new ArrayList<>();
                List<byte[]> pages = scan.renderPngPages(doc.text());
                for (int i = 0; i < pages.size(); i++) {
                    Path png = dir.resolve(doc.label().code())
                            .resolve(doc.baseName() + (i == 0 ? "" : "-p" + (i + 1)) + ".png");
                    FolderWriter.write(png, pages.get(i));
                    files.add(png);
                }
                Path imagePdf = FolderWriter.pathFor(dir, doc, "pdf");
                FolderWriter.write(imagePdf, scan.renderImagePdf(doc));
                files.add(imagePdf);
                return files;
            }
            case EML -> {
                Path file = FolderWriter.pathFor(dir, doc, "eml");
                FolderWriter.write(file, eml.write(doc));
                return List.of(file);
            }
            default -> throw new IllegalArgumentException("format " + format + " writes no per-document files");
        }
    }
}
