package dev.mailroom.sampledata.cli;

import dev.mailroom.sampledata.FolderWriter;
import dev.mailroom.sampledata.SampleDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes one document in one file format and returns the files written. */
final class FileFormats {

    private FileFormats() {}

    static List<Path> write(CliOptions.Format format, SampleDocument doc, Path dir) throws IOException {
        switch (format) {
            case FOLDERS -> {
                Path txt = FolderWriter.pathFor(dir, doc, "txt");
                FolderWriter.write(txt, doc.text().getBytes(StandardCharsets.UTF_8));
                return List.of(txt);
            }
            default -> throw new IllegalArgumentException("format " + format + " is not supported yet");
        }
    }
}
