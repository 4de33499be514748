package dev.mailroom.model.pkg;

import dev.mailroom.model.LabelledText;
import dev.mailroom.model.internal.Hashing;
import dev.mailroom.model.kernel.TrainedModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A model package: the {@link ModelManifest} plus its artifacts (serialised model, feature pipeline, ...). Everything a
 * prediction needs is inside. Artifact byte arrays are shared, not copied: do not modify them.
 */
public final class ModelPackage {

    /** File name of the manifest inside a package. */
    public static final String MANIFEST = "manifest.json";

    /** Allowed model names, versions and artifact names: no path separators, no leading dot. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final ModelManifest manifest;
    private final Map<String, byte[]> artifacts;

    /** A package of {@code manifest} and {@code artifacts} as they are; call {@link #verify()} before trusting it. */
    public ModelPackage(ModelManifest manifest, Map<String, byte[]> artifacts) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.artifacts = Collections.unmodifiableMap(new TreeMap<>(artifacts));
    }

    /**
     * Packages a freshly trained model; the version stays {@code null} until a registry publishes it.
     *
     * @param model the trained model
     * @param name model name, e.g. {@code mailroom-text}
     * @param metrics evaluations by name ({@code cv}, {@code heldOut}), see {@link ModelManifest#metrics()}
     * @param datasetFingerprint see {@link #fingerprint(List)}
     * @param datasetSize number of training documents
     * @param trainingJobId the producing job, or {@code null}
     * @param createdAt creation time (from the caller's clock)
     */
    public static ModelPackage of(
            TrainedModel model,
            String name,
            Map<String, Object> metrics,
            String datasetFingerprint,
            long datasetSize,
            String trainingJobId,
            Instant createdAt) {
        checkName("model name", name);
        Map<String, byte[]> artifacts = model.artifacts();
        Map<String, String> hashes = new TreeMap<>();
        artifacts.forEach((file, bytes) -> {
            checkName("artifact name", file);
            hashes.put(file, Hashing.sha256(bytes));
        });
        ModelManifest manifest = new ModelManifest(
                ModelManifest.FORMAT_VERSION,
                name,
                null,
                model.kernel().id(),
                model.hyperparameters(),
                model.labels(),
                metrics,
                datasetFingerprint,
                datasetSize,
                model.pipeline().config(),
                libraryVersions(),
                hashes,
                createdAt,
                trainingJobId);
        return new ModelPackage(manifest, artifacts);
    }

    /** The manifest. */
    public ModelManifest manifest() {
        return manifest;
    }

    /** Artifacts by file name (without the manifest). */
    public Map<String, byte[]> artifacts() {
        return artifacts;
    }

    /** This package with its manifest's version set. */
    public ModelPackage withVersion(String version) {
        checkName("version", version);
        return new ModelPackage(manifest.withVersion(version), artifacts);
    }

    /**
     * Checks that every artifact the manifest lists is present with its SHA-256, and that nothing else is.
     *
     * @return this package
     * @throws ModelIntegrityException naming the package and the first offending artifact
     */
    public ModelPackage verify() {
        String what = "model " + manifest.name() + (manifest.version() == null ? "" : " " + manifest.version());
        for (Map.Entry<String, String> expected : manifest.artifacts().entrySet()) {
            byte[] bytes = artifacts.get(expected.getKey());
            if (bytes == null) {
                throw new ModelIntegrityException(what + ": artifact " + expected.getKey() + " is missing");
            }
            String actual = Hashing.sha256(bytes);
            if (!actual.equals(expected.getValue())) {
                throw new ModelIntegrityException(what + ": artifact " + expected.getKey()
                        + " does not match its sha256 (expected " + expected.getValue() + ", got " + actual + " over "
                        + bytes.length + " bytes): truncated or tampered");
            }
        }
        TreeSet<String> extra = new TreeSet<>(artifacts.keySet());
        extra.removeAll(manifest.artifacts().keySet());
        if (!extra.isEmpty()) {
            throw new ModelIntegrityException(what + ": artifacts not listed in the manifest: " + extra);
        }
        if (manifest.artifacts().isEmpty()) {
            throw new ModelIntegrityException(what + ": the manifest lists no artifact");
        }
        return this;
    }

    /** Writes the manifest and every artifact as files into {@code directory} (created if missing). */
    public void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.write(directory.resolve(MANIFEST), manifest.toJson());
        for (Map.Entry<String, byte[]> artifact : artifacts.entrySet()) {
            Files.write(directory.resolve(artifact.getKey()), artifact.getValue());
        }
    }

    /**
     * Reads and verifies a package from a directory holding {@value #MANIFEST} and the artifacts.
     *
     * @throws ModelIntegrityException when the manifest is missing or invalid or an artifact does not verify
     */
    public static ModelPackage readFrom(Path directory) throws IOException {
        Path manifestFile = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new ModelIntegrityException("no " + MANIFEST + " in " + directory);
        }
        ModelManifest manifest = ModelManifest.fromJson(Files.readAllBytes(manifestFile));
        Map<String, byte[]> artifacts = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (!fileName.equals(MANIFEST) && Files.isRegularFile(file)) {
                    artifacts.put(fileName, Files.readAllBytes(file));
                }
            }
        }
        return new ModelPackage(manifest, artifacts).verify();
    }

    /** SHA-256 over every text and label, in order: identifies a training dataset. */
    public static String fingerprint(List<LabelledText> data) {
        MessageDigest digest = Hashing.digest();
        for (LabelledText item : data) {
            digest.update(item.label().code().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(item.text().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Versions of the libraries that write packages: model-core, Tribuo, DL4J and the Java runtime. */
    public static Map<String, String> libraryVersions() {
        Map<String, String> versions = new TreeMap<>();
        try (InputStream in = ModelPackage.class.getResourceAsStream("/dev/mailroom/model/versions.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                properties.forEach((k, v) -> versions.put(String.valueOf(k), String.valueOf(v)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        versions.put("java", Runtime.version().feature() + "");
        return versions;
    }

    /** Refuses names that could escape a directory or object prefix. */
    public static void checkName(String what, String value) {
        if (value == null || !NAME.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException(
                    what + " '" + value + "' must match " + NAME.pattern() + " and not contain '..'");
        }
    }
}
