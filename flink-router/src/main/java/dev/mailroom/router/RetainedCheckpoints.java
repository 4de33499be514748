package dev.mailroom.router;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds completed, retained checkpoints ({@code <dir>/<job-id>/chk-<n>/_metadata}) on a local file system. */
final class RetainedCheckpoints {

    private RetainedCheckpoints() {}

    /** The newest completed checkpoint under {@code checkpointDir}, a {@code file:} URI or a plain path. */
    static Optional<Path> latest(String checkpointDir) {
        URI uri = URI.create(checkpointDir);
        if (uri.getScheme() != null && !uri.getScheme().equals("file")) {
            throw new IllegalArgumentException(
                    "only file: checkpoint directories can be searched, not " + checkpointDir);
        }
        return latest(uri.getScheme() == null ? Path.of(checkpointDir) : Path.of(uri));
    }

    /** The newest completed checkpoint under {@code dir}, by the time its metadata was written. */
    static Optional<Path> latest(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.find(
                dir, 3, (path, attrs) -> path.getFileName().toString().equals("_metadata") && attrs.isRegularFile())) {
            return files.map(Path::getParent)
                    .filter(chk -> chk.getFileName().toString().matches("chk-\\d+"))
                    .max(Comparator.comparing(RetainedCheckpoints::written)
                            .thenComparingLong(chk ->
                                    Long.parseLong(chk.getFileName().toString().substring(4))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime written(Path checkpoint) {
        try {
            return Files.getLastModifiedTime(checkpoint.resolve("_metadata"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
