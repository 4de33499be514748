package dev.mailroom.model.s3;

import dev.mailroom.model.registry.ModelRegistries;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.model.registry.ModelRegistryProvider;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Opens {@code s3://bucket[/prefix]} registries for {@link ModelRegistries}. Settings: {@code endpoint} (empty = AWS),
 * {@code region} (default {@code us-east-1}), {@code path-style-access} ({@code true} for S3Proxy/MinIO). Credentials
 * come from the AWS SDK default chain (environment, system properties, profile, container/instance role).
 */
public final class S3ModelRegistryProvider implements ModelRegistryProvider {

    /** Region used when the settings name none. */
    public static final String DEFAULT_REGION = "us-east-1";

    @Override
    public String scheme() {
        return "s3";
    }

    @Override
    public ModelRegistry open(URI uri, Map<String, String> settings) {
        String bucket = uri.getHost() != null ? uri.getHost() : uri.getAuthority();
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException(
                    "registry URI " + uri + " names no bucket (expected s3://bucket[/prefix])");
        }
        String prefix = uri.getPath() == null ? "" : uri.getPath();
        return new S3ModelRegistry(client(settings), bucket, prefix, Clock.systemUTC(), true);
    }

    /**
     * An S3 client from registry settings, on the Apache HTTP client: the URL-connection client was seen to answer a
     * create-only write that had succeeded with 412 (its retry refused by the first attempt) after refused
     * conditional writes on the same connection.
     */
    public static S3Client client(Map<String, String> settings) {
        String region = settings.getOrDefault(ModelRegistries.REGION, "");
        String endpoint = settings.getOrDefault(ModelRegistries.ENDPOINT, "");
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(region.isBlank() ? DEFAULT_REGION : region.strip()))
                .forcePathStyle(Boolean.parseBoolean(settings.getOrDefault(ModelRegistries.PATH_STYLE, "false")))
                .httpClientBuilder(ApacheHttpClient.builder());
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint.strip()));
        }
        return builder.build();
    }
}
