package dev.mailroom.localstack.demo;

import dev.mailroom.contracts.Label;
import dev.mailroom.sampledata.JsonlWriter;
import dev.mailroom.sampledata.SampleDocument;
import dev.mailroom.sampledata.SampleGenerator;
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

    private SampleBatch() {}

    /**
     * A file to feed, with the label the generator gave it.
     *
     * @param filename the file name (unique within a batch)
     * @param bytes the file content
     * @param expected the true label
     * @param format txt, pdf, png, scan.pdf or eml
     */
    public record SampleFile(String filename, byte[] bytes, Label expected, String format) {}

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

    /** {@code count} documents, rendered in turn in each supported format. */
    public static List<SampleFile> mixed(long seed, int count) {
        List<SampleFile> files = new ArrayList<>();
        List<SampleDocument> docs = new SampleGenerator(seed).generate(count);
        for (int i = 0; i < docs.size(); i++) {
            SampleDocument doc = docs.get(i);
            files.add(new SampleFile(
                    String.format("%03d-%s.txt", i + 1, doc.baseName()),
                    doc.text().getBytes(StandardCharsets.UTF_8),
                    doc.label(),
                    "txt"));
        }
        return files;
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
