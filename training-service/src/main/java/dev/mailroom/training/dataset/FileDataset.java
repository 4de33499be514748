package dev.mailroom.training.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A dataset on the filesystem: a {@code .jsonl} file, a {@code .csv} file (header with label, text and optionally
 * id), or a folder with one sub-folder per label of {@code .txt}/{@code .pdf}/{@code .eml} files.
 *
 * @param path the file or folder
 */
public record FileDataset(String path) implements DatasetSpec {
    public FileDataset {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a file dataset needs a path");
        }
    }

    @Override
    public FileDataset redacted() {
        return this;
    }

    @Override
    public DatasetSource open() {
        Path p = Path.of(path);
        if (Files.isDirectory(p)) {
            return new LabelFolderSource(p);
        }
        if (!Files.isRegularFile(p)) {
            throw new InvalidDatasetException(
                    InvalidDatasetException.Reason.UNREADABLE, "no such file or folder: " + p);
        }
        if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return new CsvSource(p);
        }
        return new JsonlSource(p);
    }
}
