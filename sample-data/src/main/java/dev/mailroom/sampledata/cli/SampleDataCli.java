package dev.mailroom.sampledata.cli;

import dev.mailroom.sampledata.GeneratorOptions;
import dev.mailroom.sampledata.JsonlWriter;
import dev.mailroom.sampledata.SampleDocument;
import dev.mailroom.sampledata.SampleGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Command line entry point: {@code java -jar sample-data.jar --count 5000 --format jsonl --out DIR --seed 42}. */
public final class SampleDataCli {

    /** Kept strongly reachable: JUL forgets logger levels of collected loggers. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private final ConsolePrinter printer;

    SampleDataCli(ConsolePrinter printer) {
        this.printer = printer;
    }

    /** Runs the CLI and exits with its status. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // PDFBox warns on every run that it draws the standard fonts with a bundled fallback; that is intended.
        PDFBOX_LOG.setLevel(Level.SEVERE);
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the CLI; returns 0 on success, 2 on a usage error, 1 on an I/O failure. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ConsolePrinter printer = new ConsolePrinter(out, err);
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (CliOptions.UsageException e) {
            if (e.getMessage() != null) {
                printer.error(e.getMessage());
            }
            printer.info(CliOptions.USAGE);
            return e.getMessage() == null ? 0 : 2;
        }
        try {
            new SampleDataCli(printer).execute(options);
            return 0;
        } catch (IOException | RuntimeException e) {
            printer.error(e.toString());
            return 1;
        }
    }

    void execute(CliOptions o) throws IOException {
        GeneratorOptions gen = GeneratorOptions.defaults();
        if (o.format() == CliOptions.Format.SCAN) {
            gen = gen.withoutNoise();
        }
        if (o.ocrNoise() >= 0) {
            gen = gen.withOcrNoiseRate(o.ocrNoise());
        }
        SampleGenerator generator = new SampleGenerator(o.seed(), gen);
        List<SampleDocument> docs = new ArrayList<>(o.count());
        for (int i = 0; i < o.count(); i++) {
            docs.add(generator.next());
            printer.progress("generated", i + 1, o.count());
        }
        int trainSize = (int) Math.round(docs.size() * o.split());
        if (o.format() == CliOptions.Format.JSONL) {
            writeJsonl(o, docs, trainSize);
            return;
        }
        if (o.split() > 0) {
            writeFiles(o, docs.subList(0, trainSize), o.out().resolve("train"));
            writeFiles(o, docs.subList(trainSize, docs.size()), o.out().resolve("test"));
        } else {
            writeFiles(o, docs, o.out());
        }
    }

    private void writeJsonl(CliOptions o, List<SampleDocument> docs, int trainSize) throws IOException {
        if (o.split() > 0) {
            Path train = o.out().resolve("train.jsonl");
            Path test = o.out().resolve("test.jsonl");
            JsonlWriter.write(docs.subList(0, trainSize), train);
            JsonlWriter.write(docs.subList(trainSize, docs.size()), test);
            printer.info("wrote " + trainSize + " documents to " + train);
            printer.info("wrote " + (docs.size() - trainSize) + " documents to " + test);
            return;
        }
        Path file = o.out().toString().endsWith(".jsonl") ? o.out() : o.out().resolve("samples.jsonl");
        JsonlWriter.write(docs, file);
        printer.info("wrote " + docs.size() + " documents to " + file);
    }

    private void writeFiles(CliOptions o, List<SampleDocument> docs, Path dir) throws IOException {
        Files.createDirectories(dir);
        String what = "wrote " + o.format().name().toLowerCase(Locale.ROOT);
        FileFormats formats = new FileFormats(o.seed());
        // Scans are CPU-bound and their renderer is stateless: render a chunk on all cores. PDFBox fonts
        // are shared, so the other formats stay sequential.
        int chunk =
                o.format() == CliOptions.Format.SCAN ? 4 * Runtime.getRuntime().availableProcessors() : 1;
        try (Writer manifest = Files.newBufferedWriter(dir.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
            int done = 0;
            for (int start = 0; start < docs.size(); start += chunk) {
                List<SampleDocument> part = docs.subList(start, Math.min(docs.size(), start + chunk));
                List<List<Path>> written;
                try {
                    written = (chunk > 1 ? part.parallelStream() : part.stream())
                            .map(doc -> writeOne(formats, o.format(), doc, dir))
                            .toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                for (int k = 0; k < part.size(); k++) {
                    manifest.write(manifestLine(part.get(k), written.get(k), dir));
                    printer.progress(what, ++done, docs.size());
                }
            }
        }
        printer.info("wrote " + docs.size() + " documents to " + dir);
    }

    private static List<Path> writeOne(FileFormats formats, CliOptions.Format format, SampleDocument doc, Path dir) {
        try {
            return formats.write(format, doc, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSONL line of a document plus the files written for it, relative to the output folder. */
    static String manifestLine(SampleDocument doc, List<Path> files, Path dir) {
        String line = JsonlWriter.line(doc);
        StringBuilder b = new StringBuilder(line.length() + 64).append(line, 0, line.length() - 1);
        b.append(",\"files\":[");
        for (int i = 0; i < files.size(); i++) {
            b.append(i > 0 ? "," : "")
                    .append('"')
                    .append(dir.relativize(files.get(i)).toString().replace('\\', '/'))
                    .append('"');
        }
        return b.append("]}\n").toString();
    }
}
