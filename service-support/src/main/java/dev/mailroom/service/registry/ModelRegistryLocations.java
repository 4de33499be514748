package dev.mailroom.service.registry;

import dev.mailroom.model.registry.ModelRegistries;
import dev.mailroom.model.registry.ModelRegistry;
import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.util.ClassUtils;
import software.amazon.awssdk.services.s3.S3Client;

/** Opens the registry a {@code mailroom.registry.uri} names: {@code s3://} on the shared S3 client, else a path. */
final class ModelRegistryLocations {

    private static final String S3_REGISTRY = "dev.mailroom.model.s3.S3ModelRegistry";

    private ModelRegistryLocations() {}

    static ModelRegistry open(String uri, Supplier<S3Client> s3) {
        String trimmed = uri.strip();
        if (!trimmed.toLowerCase(Locale.ROOT).startsWith("s3:")) {
            return ModelRegistries.open(trimmed);
        }
        URI parsed = URI.create(trimmed);
        String bucket = parsed.getHost() != null ? parsed.getHost() : parsed.getAuthority();
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException(
                    "mailroom.registry.uri " + uri + " names no bucket (expected s3://bucket[/prefix])");
        }
        if (!ClassUtils.isPresent(S3_REGISTRY, ModelRegistryLocations.class.getClassLoader())) {
            throw new IllegalStateException(
                    "mailroom.registry.uri " + uri + " needs the model-registry-s3 module on the classpath");
        }
        return S3Registries.open(s3.get(), bucket, parsed.getPath() == null ? "" : parsed.getPath());
    }
}
