package dev.mailroom.model.registry;

import dev.mailroom.model.pkg.ModelIntegrityException;
import dev.mailroom.model.pkg.ModelManifest;
import dev.mailroom.model.pkg.ModelPackage;
import java.util.List;
import java.util.Optional;

/**
 * Stores model packages as immutable versions under {@code models/<name>/<version>/}, tracks which version is in
 * {@code production} (with every promotion and rollback recorded), and keeps small documents for other services (e.g.
 * training jobs under {@code jobs/}).
 */
public interface ModelRegistry {

    /**
     * Stores a new immutable version of the package's model and returns it. Versions are {@code v000001}, {@code
     * v000002}, ...: they sort in creation order.
     *
     * @param modelPackage an unpublished package (manifest version {@code null})
     * @throws VersionConflictException when the package already carries a version that exists
     * @throws ModelIntegrityException when the package does not verify
     */
    String publish(ModelPackage modelPackage);

    /** Published versions of {@code name}, oldest first; empty for an unknown model. */
    List<String> versions(String name);

    /** Names of the models with at least one published version, sorted. */
    List<String> models();

    /**
     * The manifest of one version.
     *
     * @throws ModelNotFoundException when the version does not exist
     */
    ModelManifest manifest(String name, String version);

    /**
     * The whole package of one version, every artifact verified against the manifest's SHA-256.
     *
     * @throws ModelNotFoundException when the version does not exist
     * @throws ModelIntegrityException when an artifact is missing, extra, truncated or tampered with
     */
    ModelPackage fetch(String name, String version);

    /** The version the {@code production} alias points at, if any. */
    Optional<String> production(String name);

    /**
     * Points {@code production} at {@code version} and records the promotion.
     *
     * @throws ModelNotFoundException when the version does not exist
     */
    Promotion promote(String name, String version, String reason);

    /**
     * Points {@code production} back at the version promoted before the current one, and records it.
     *
     * @throws IllegalStateException when there is no earlier promoted version
     */
    Promotion rollback(String name, String reason);

    /** Every promotion and rollback of {@code name}, oldest first. */
    List<Promotion> promotions(String name);

    /** Stores (or replaces) a document, e.g. {@code jobs/<id>.json}; keys under {@code models/} are refused. */
    void putDocument(String key, byte[] content);

    /** A document stored by {@link #putDocument}. */
    Optional<byte[]> getDocument(String key);

    /** Keys of the documents starting with {@code prefix} (e.g. {@code jobs/}), sorted. */
    List<String> listDocuments(String prefix);

    /** Deletes a document; nothing happens when it does not exist. */
    void deleteDocument(String key);

    /** Where this registry lives, for logs and errors (e.g. {@code file:/var/models}, {@code s3://bucket/}). */
    String location();
}
