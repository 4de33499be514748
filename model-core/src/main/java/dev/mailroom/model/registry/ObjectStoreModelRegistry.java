package dev.mailroom.model.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.mailroom.contracts.BucketLayout;
import dev.mailroom.model.internal.Json;
import dev.mailroom.model.pkg.ModelIntegrityException;
import dev.mailroom.model.pkg.ModelManifest;
import dev.mailroom.model.pkg.ModelPackage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry logic on top of an {@link ObjectStore}. Layout (keys relative to the store root):
 *
 * <pre>
 * models/&lt;name&gt;/claims/&lt;version&gt;.json        created first, once: the publisher that creates it owns the version
 * models/&lt;name&gt;/&lt;version&gt;/&lt;artifact&gt;             e.g. model.tribuo, features.json, written by the owner only
 * models/&lt;name&gt;/&lt;version&gt;/manifest.json           written last: a version exists once its manifest does
 * models/&lt;name&gt;/aliases/production.json          {version, promotedAt, reason}
 * models/&lt;name&gt;/aliases/production-history.json  every promotion and rollback, oldest first
 * &lt;document key&gt;                                  documents of other services, e.g. jobs/&lt;id&gt;.json
 * </pre>
 *
 * Versions are {@code v} plus a six-digit sequence number. A publisher claims a version with one create-only write
 * ({@link ObjectStore#putIfAbsent}) of its claim object, then writes the artifacts and the manifest under it; a
 * publisher that loses the claim moves on to the next number without having written anything into the version, so
 * concurrent publishers never mix their artifacts. A claimed version without a manifest (a crashed publisher) stays
 * invisible to readers and its number is never reused. Alias updates assume one writer per model name at a time (the
 * training service).
 */
public class ObjectStoreModelRegistry implements ModelRegistry {

    static final String MODELS = BucketLayout.MODELS;
    static final String ALIASES = "aliases";
    static final String CLAIMS = "claims";
    private static final String CLAIM_SUFFIX = ".json";
    static final String PRODUCTION = "production.json";
    static final String HISTORY = "production-history.json";
    private static final Pattern VERSION = Pattern.compile("v(\\d{6,})");
    private static final int PUBLISH_ATTEMPTS = 20;

    private final ObjectStore store;
    private final Clock clock;

    /** A registry on {@code store}; promotion times come from {@code clock}. */
    public ObjectStoreModelRegistry(ObjectStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The version string for sequence number {@code sequence}, e.g. {@code v000042}. */
    public static String version(long sequence) {
        return String.format("v%06d", sequence);
    }

    @Override
    public String publish(ModelPackage modelPackage) {
        ModelManifest manifest = modelPackage.manifest();
        String name = manifest.name();
        ModelPackage.checkName("model name", name);
        if (manifest.version() != null) {
            if (store.get(manifestKey(name, manifest.version())).isPresent()) {
                throw new VersionConflictException(name, manifest.version());
            }
            throw new IllegalArgumentException("package of " + name + " carries version " + manifest.version()
                    + "; publish unpublished packages, the registry assigns versions");
        }
        modelPackage.verify();
        long next = highestSequence(name) + 1;
        for (int attempt = 0; attempt < PUBLISH_ATTEMPTS; attempt++) {
            String version = version(next);
            ModelPackage versioned = modelPackage.withVersion(version);
            if (write(name, version, versioned)) {
                return version;
            }
            // another publisher claimed this version first: move past everything claimed so far
            next = Math.max(next + 1, highestSequence(name) + 1);
        }
        throw new IllegalStateException("could not claim a new version of " + name + " after " + PUBLISH_ATTEMPTS
                + " attempts: concurrent publishers?");
    }

    /**
     * Claims {@code version} and writes the package under it. False when another publisher owns the version; the
     * version's directory is then left untouched.
     */
    private boolean write(String name, String version, ModelPackage versioned) {
        ModelManifest manifest = versioned.manifest();
        byte[] claim = Json.write(new Claim(
                version, UUID.randomUUID().toString(), clock.instant(), manifest.kernel(), manifest.trainingJobId()));
        if (!create(claimKey(name, version), claim)) {
            return false;
        }
        String prefix = versionPrefix(name, version);
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> artifact : versioned.artifacts().entrySet()) {
            // create-only even though the version is ours: a writer that does not claim (an older release during
            // a rolling update) may have put objects there; then give the version up and take away what we wrote
            if (!create(prefix + artifact.getKey(), artifact.getValue())) {
                written.forEach(store::delete);
                return false;
            }
            written.add(prefix + artifact.getKey());
        }
        if (!create(prefix + ModelPackage.MANIFEST, manifest.toJson())) {
            written.forEach(store::delete);
            return false;
        }
        return true;
    }

    /**
     * Creates {@code key} unless it exists; an existing object with exactly {@code content} counts as created: a
     * client that retries a conditional write whose response it lost (a timeout, a dropped connection) is refused by
     * its own first attempt.
     */
    private boolean create(String key, byte[] content) {
        return store.putIfAbsent(key, content)
                || store.get(key)
                        .map(existing -> Arrays.equals(existing, content))
                        .orElse(false);
    }

    /** The highest sequence number claimed or written so far (claims, and version directories of any age). */
    private long highestSequence(String name) {
        long highest = 0;
        String prefix = MODELS + name + "/";
        String claims = CLAIMS + "/";
        for (String key : store.list(prefix)) {
            String rest = key.substring(prefix.length());
            String candidate;
            if (rest.startsWith(claims) && rest.endsWith(CLAIM_SUFFIX)) {
                candidate = rest.substring(claims.length(), rest.length() - CLAIM_SUFFIX.length());
            } else {
                int slash = rest.indexOf('/');
                candidate = slash > 0 ? rest.substring(0, slash) : "";
            }
            Matcher m = VERSION.matcher(candidate);
            if (m.matches()) {
                highest = Math.max(highest, Long.parseLong(m.group(1)));
            }
        }
        return highest;
    }

    @Override
    public List<String> versions(String name) {
        ModelPackage.checkName("model name", name);
        String prefix = MODELS + name + "/";
        TreeSet<String> versions = new TreeSet<>();
        for (String key : store.list(prefix)) {
            String rest = key.substring(prefix.length());
            String[] parts = rest.split("/");
            if (parts.length == 2
                    && parts[1].equals(ModelPackage.MANIFEST)
                    && VERSION.matcher(parts[0]).matches()) {
                versions.add(parts[0]);
            }
        }
        return List.copyOf(versions);
    }

    @Override
    public List<String> models() {
        TreeSet<String> names = new TreeSet<>();
        for (String key : store.list(MODELS)) {
            String[] parts = key.substring(MODELS.length()).split("/");
            if (parts.length == 3
                    && parts[2].equals(ModelPackage.MANIFEST)
                    && VERSION.matcher(parts[1]).matches()) {
                names.add(parts[0]);
            }
        }
        return List.copyOf(names);
    }

    @Override
    public ModelManifest manifest(String name, String version) {
        ModelPackage.checkName("model name", name);
        ModelPackage.checkName("version", version);
        byte[] bytes =
                store.get(manifestKey(name, version)).orElseThrow(() -> new ModelNotFoundException(name, version));
        ModelManifest manifest = ModelManifest.fromJson(bytes);
        if (!name.equals(manifest.name()) || !version.equals(manifest.version())) {
            throw new ModelIntegrityException(
                    "model " + name + " " + version + ": manifest names " + manifest.name() + " " + manifest.version());
        }
        return manifest;
    }

    @Override
    public ModelPackage fetch(String name, String version) {
        ModelManifest manifest = manifest(name, version);
        String prefix = versionPrefix(name, version);
        Map<String, byte[]> artifacts = new TreeMap<>();
        for (String key : store.list(prefix)) {
            String file = key.substring(prefix.length());
            if (!file.equals(ModelPackage.MANIFEST)) {
                artifacts.put(file, store.get(key).orElse(null));
            }
        }
        artifacts.values().removeIf(Objects::isNull);
        return new ModelPackage(manifest, artifacts).verify();
    }

    @Override
    public Optional<String> production(String name) {
        ModelPackage.checkName("model name", name);
        return store.get(aliasKey(name, PRODUCTION))
                .map(bytes -> readJson(bytes, Alias.class, name))
                .map(Alias::version);
    }

    @Override
    public Promotion promote(String name, String version, String reason) {
        manifest(name, version);
        return record(name, new Promotion(version, clock.instant(), reason, Promotion.Kind.PROMOTE));
    }

    @Override
    public Promotion rollback(String name, String reason) {
        ModelPackage.checkName("model name", name);
        List<String> stack = new ArrayList<>();
        for (Promotion p : promotions(name)) {
            if (p.kind() == Promotion.Kind.ROLLBACK && !stack.isEmpty()) {
                stack.remove(stack.size() - 1);
            } else {
                stack.add(p.version());
            }
        }
        if (stack.size() < 2) {
            throw new IllegalStateException("model " + name + " has no earlier promoted version to roll back to"
                    + (stack.isEmpty() ? " (nothing was promoted)" : " (only " + stack.get(0) + " was promoted)"));
        }
        String target = stack.get(stack.size() - 2);
        return record(name, new Promotion(target, clock.instant(), reason, Promotion.Kind.ROLLBACK));
    }

    private Promotion record(String name, Promotion promotion) {
        List<Promotion> history = new ArrayList<>(promotions(name));
        history.add(promotion);
        store.put(aliasKey(name, HISTORY), Json.write(history));
        store.put(
                aliasKey(name, PRODUCTION),
                Json.write(new Alias(promotion.version(), promotion.promotedAt(), promotion.reason())));
        return promotion;
    }

    @Override
    public List<Promotion> promotions(String name) {
        ModelPackage.checkName("model name", name);
        return store.get(aliasKey(name, HISTORY))
                .map(bytes -> List.copyOf(readJson(bytes, new TypeReference<List<Promotion>>() {}, name)))
                .orElse(List.of());
    }

    @Override
    public void putDocument(String key, byte[] content) {
        store.put(checkDocumentKey(key), content);
    }

    @Override
    public Optional<byte[]> getDocument(String key) {
        return store.get(checkDocumentKey(key));
    }

    @Override
    public List<String> listDocuments(String prefix) {
        if (prefix.startsWith(MODELS) || prefix.contains("..")) {
            throw new IllegalArgumentException("document prefix '" + prefix + "' is not allowed");
        }
        return store.list(prefix).stream().filter(k -> !k.startsWith(MODELS)).toList();
    }

    @Override
    public void deleteDocument(String key) {
        store.delete(checkDocumentKey(key));
    }

    @Override
    public String location() {
        return store.location();
    }

    private static String checkDocumentKey(String key) {
        if (key == null || key.isEmpty() || key.startsWith(MODELS) || key.startsWith("/") || key.endsWith("/")) {
            throw new IllegalArgumentException(
                    "document key '" + key + "' is not allowed (empty, absolute or under " + MODELS + ")");
        }
        for (String segment : key.split("/")) {
            ModelPackage.checkName("document key segment", segment);
        }
        return key;
    }

    private static String versionPrefix(String name, String version) {
        return MODELS + name + "/" + version + "/";
    }

    private static String manifestKey(String name, String version) {
        return versionPrefix(name, version) + ModelPackage.MANIFEST;
    }

    private static String claimKey(String name, String version) {
        return MODELS + name + "/" + CLAIMS + "/" + version + CLAIM_SUFFIX;
    }

    private static String aliasKey(String name, String file) {
        return MODELS + name + "/" + ALIASES + "/" + file;
    }

    private static <T> T readJson(byte[] bytes, Class<T> type, String name) {
        try {
            return Json.read(bytes, type);
        } catch (IOException e) {
            throw new ModelIntegrityException("model " + name + ": unreadable alias file: " + e.getMessage(), e);
        }
    }

    private static <T> T readJson(byte[] bytes, TypeReference<T> type, String name) {
        try {
            return Json.MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new ModelIntegrityException("model " + name + ": unreadable promotion history: " + e.getMessage(), e);
        }
    }

    /** The content of a version's claim object: who claimed it and when (for operators looking at a stuck claim). */
    record Claim(String version, String claimId, Instant claimedAt, String kernel, String trainingJobId) {}

    /** The content of {@code production.json}, as ARCHITECTURE.md specifies it. */
    record Alias(String version, Instant promotedAt, String reason) {}
}
