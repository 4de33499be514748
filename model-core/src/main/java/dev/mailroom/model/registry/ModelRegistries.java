package dev.mailroom.model.registry;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Opens a registry from a URI: {@code file:/abs/path} or a plain path for the filesystem registry, {@code
 * s3://bucket[/prefix]} for S3 (needs model-registry-s3 on the classpath). Settings understood by the S3 provider:
 * {@value #ENDPOINT}, {@value #REGION}, {@value #PATH_STYLE}.
 */
public final class ModelRegistries {

    /** S3 endpoint override, e.g. {@code http://127.0.0.1:9000}; empty for AWS. */
    public static final String ENDPOINT = "endpoint";

    /** S3 region, default {@code us-east-1}. */
    public static final String REGION = "region";

    /** {@code true} for path-style S3 addressing (S3Proxy, MinIO). */
    public static final String PATH_STYLE = "path-style-access";

    private ModelRegistries() {}

    /** Opens the registry at {@code uri} with default settings. */
    public static ModelRegistry open(String uri) {
        return open(uri, Map.of());
    }

    /** Opens the registry at {@code uri}; {@code settings} configure remote clients. */
    public static ModelRegistry open(String uri, Map<String, String> settings) {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("registry URI is empty");
        }
        String trimmed = uri.trim();
        int colon = trimmed.indexOf(':');
        String scheme = colon > 1 ? trimmed.substring(0, colon) : "";
        if (scheme.isEmpty()) {
            return new FileSystemModelRegistry(Path.of(trimmed));
        }
        if (scheme.equals("file")) {
            return new FileSystemModelRegistry(Path.of(URI.create(trimmed)));
        }
        URI parsed = URI.create(trimmed);
        for (ModelRegistryProvider provider : ServiceLoader.load(ModelRegistryProvider.class)) {
            if (provider.scheme().equalsIgnoreCase(scheme)) {
                return provider.open(parsed, settings);
            }
        }
        throw new IllegalArgumentException("no model registry for '" + scheme + ":' URIs on the classpath"
                + (scheme.equals("s3") ? " (add the model-registry-s3 module)" : ""));
    }
}
