package dev.mailroom.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes documents as {@code <dir>/<label code>/<baseName>.<ext>} files, one folder per label. */
public final class FolderWriter {

    private FolderWriter() {}

    /** The path of a document's file under {@code dir} with the given extension (without dot). */
    public static Path pathFor(Path dir, SampleDocument doc, String extension) {
        return dir.resolve(doc.label().code()).resolve(doc.baseName() + "." + extension);
    }

    /** Writes the text of each document as a UTF-8 {@code .txt} file. */
    public static void writeText(Iterable<SampleDocument> docs, Path dir) throws IOException {
        for (SampleDocument doc : docs) {
            write(pathFor(dir, doc, "txt"), doc.text().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes bytes, creating parent folders. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
