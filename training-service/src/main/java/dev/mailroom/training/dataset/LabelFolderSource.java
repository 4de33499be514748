package dev.mailroom.training.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A folder with one sub-folder per label ({@code invoice/}, {@code offer/}, ...) holding {@code .txt}, {@code .pdf}
 * and {@code .eml} files; the label is the sub-folder's name, the id the file's path relative to the root. Other
 * files are ignored.
 */
final class LabelFolderSource implements DatasetSource {

    private final Path root;

    LabelFolderSource(Path root) {
        this.root = root;
    }

    @Override
    public String description() {
        return root.toString();
    }

    @Override
    public void read(Consumer<SourceRow> sink) {
        Path realRoot;
        List<Path> labelDirs;
        try (Stream<Path> children = Files.list(root)) {
            realRoot = root.toRealPath();
            labelDirs = children.filter(Files::isDirectory)
                    .filter(dir -> inside(realRoot, dir))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw unreadable(root, e);
        }
        for (Path dir : labelDirs) {
            String label = dir.getFileName().toString();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(LabelFolderSource::supported)
                        .filter(file -> inside(realRoot, file))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw unreadable(dir, e);
            }
            for (Path file : files) {
                String id = root.relativize(file).toString().replace('\\', '/');
                sink.accept(new SourceRow(id, label, extract(file)));
            }
        }
    }

    /**
     * Whether {@code path} really lies inside the dataset folder: a symbolic link leading out of it is skipped, so a
     * folder under a dataset root cannot read files elsewhere.
     */
    private static boolean inside(Path realRoot, Path path) {
        try {
            return path.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".pdf") || name.endsWith(".eml");
    }

    private static String extract(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".pdf")) {
                return TextExtraction.pdf(Files.readAllBytes(file));
            }
            if (name.endsWith(".eml")) {
                try (var in = Files.newInputStream(file)) {
                    return TextExtraction.email(in);
                }
            }
            return Files.readString(file);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(file, e);
        } catch (TextExtraction.ExtractionException e) {
            throw new InvalidDatasetException(
                    InvalidDatasetException.Reason.MALFORMED, file + ": " + e.getMessage(), e);
        }
    }

    private static InvalidDatasetException unreadable(Path path, Exception e) {
        return new InvalidDatasetException(
                InvalidDatasetException.Reason.UNREADABLE, "cannot read " + path + ": " + e.getMessage(), e);
    }
}
