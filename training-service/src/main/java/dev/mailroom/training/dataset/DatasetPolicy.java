package dev.mailroom.training.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which datasets a service may read: files and folders only under {@code roots} (compared as real paths, so neither
 * {@code ..} nor a symbolic link leads out), JDBC URLs and MongoDB URIs only when they fully match one of the
 * allow-list patterns. Checked when a request is accepted and again when the job opens the dataset.
 *
 * @param roots directories datasets may live under (empty: no file dataset is allowed)
 * @param jdbcUrls patterns a JDBC URL must match as a whole (empty: no JDBC dataset is allowed)
 * @param mongoUris patterns a MongoDB URI must match as a whole (empty: no MongoDB dataset is allowed)
 */
public record DatasetPolicy(List<Path> roots, List<Pattern> jdbcUrls, List<Pattern> mongoUris) {

    private static final Pattern ANYTHING = Pattern.compile(".*", Pattern.DOTALL);
    private static final DatasetPolicy UNRESTRICTED =
            new DatasetPolicy(List.of(Path.of("").toAbsolutePath().getRoot()), List.of(ANYTHING), List.of(ANYTHING));

    public DatasetPolicy {
        roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        jdbcUrls = List.copyOf(jdbcUrls);
        mongoUris = List.copyOf(mongoUris);
    }

    /** A policy from configuration strings: root directories and regular expressions. */
    public static DatasetPolicy of(List<String> roots, List<String> jdbcUrls, List<String> mongoUris) {
        return new DatasetPolicy(
                roots.stream().map(Path::of).toList(),
                jdbcUrls.stream().map(Pattern::compile).toList(),
                mongoUris.stream().map(Pattern::compile).toList());
    }

    /**
     * Everything allowed, relative paths included: the CLI, where the operator names the data on the command line,
     * and embedded use.
     */
    public static DatasetPolicy unrestricted() {
        return UNRESTRICTED;
    }

    /**
     * Checks {@code spec} against this policy.
     *
     * @param field the request field holding {@code spec}, e.g. {@code dataset}, for the message
     * @return {@code spec}
     * @throws DatasetNotAllowedException when the policy refuses it
     */
    public DatasetSpec check(String field, DatasetSpec spec) {
        Objects.requireNonNull(spec, field);
        if (this == UNRESTRICTED) {
            return spec;
        }
        if (spec instanceof FileDataset file) {
            checkPath(field + ".path", file.path());
        } else if (spec instanceof JdbcDataset jdbc) {
            if (jdbcUrls.stream().noneMatch(p -> p.matcher(jdbc.url()).matches())) {
                throw new DatasetNotAllowedException(
                        field + ".url",
                        field + ".url is not an allowed JDBC URL (allow-list: mailroom.training.allowed-jdbc-urls)");
            }
        } else if (spec instanceof MongoDataset mongo) {
            if (mongoUris.stream().noneMatch(p -> p.matcher(mongo.uri()).matches())) {
                throw new DatasetNotAllowedException(
                        field + ".uri",
                        field
                                + ".uri is not an allowed MongoDB URI (allow-list: mailroom.training.allowed-mongodb-uris)");
            }
        }
        return spec;
    }

    private void checkPath(String field, String path) {
        Path requested;
        try {
            requested = Path.of(path);
        } catch (InvalidPathException e) {
            throw new DatasetNotAllowedException(field, field + " is not a valid path");
        }
        if (!requested.isAbsolute()) {
            throw new DatasetNotAllowedException(field, field + " must be an absolute path, got '" + path + "'");
        }
        for (Path segment : requested) {
            if (segment.toString().equals("..")) {
                throw new DatasetNotAllowedException(field, field + " must not contain '..', got '" + path + "'");
            }
        }
        Path resolved = realPath(requested);
        for (Path root : roots) {
            if (resolved.startsWith(realPath(root))) {
                return;
            }
        }
        throw new DatasetNotAllowedException(
                field,
                field + " '" + path + "'"
                        + (resolved.equals(requested.normalize()) ? "" : " (resolving to '" + resolved + "')")
                        + " is not under a dataset root " + roots + " (mailroom.training.dataset-roots)");
    }

    /**
     * The real path of {@code path} (symbolic links resolved); for a path that does not exist (yet), the real path
     * of its nearest existing ancestor joined with the rest, so a missing file under a linked directory is judged
     * where the link points.
     */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            // a dangling link or an unreadable ancestor: judge the path as written, reading it will fail anyway
            return absolute;
        }
    }
}
