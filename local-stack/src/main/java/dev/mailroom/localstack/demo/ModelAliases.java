package dev.mailroom.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Reads production aliases ({@code models/<name>/aliases/production.json}) of the registry the services
 * use: {@code s3://<bucket>} on the local S3 API, or a {@code file:} directory.
 */
public final class ModelAliases implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3Client s3;
    private final String bucket;
    private final Path directory;

    private ModelAliases(S3Client s3, String bucket, Path directory) {
        this.s3 = s3;
        this.bucket = bucket;
        this.directory = directory;
    }

    /** The aliases of {@code registryUri}; S3 registries are read through {@code endpoint}. */
    public static ModelAliases of(String registryUri, URI endpoint, String region, String accessKey, String secretKey) {
        URI uri = URI.create(registryUri);
        if ("file".equals(uri.getScheme())) {
            return new ModelAliases(null, null, Path.of(uri));
        }
        if (!"s3".equals(uri.getScheme())) {
            throw new IllegalArgumentException("unsupported registry URI " + registryUri);
        }
        S3Client client = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        return new ModelAliases(client, uri.getHost(), null);
    }

    /** The production version of {@code model}, or empty when none was promoted. */
    public Optional<String> productionVersion(String model) {
        String key = "models/" + model + "/aliases/production.json";
        try {
            byte[] alias;
            if (s3 == null) {
                Path file = directory.resolve(key);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                alias = Files.readAllBytes(file);
            } else {
                alias = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
            }
            JsonNode node = JSON.readTree(alias);
            return Optional.of(node.path("version").asText()).filter(v -> !v.isBlank());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (s3 != null) {
            s3.close();
        }
    }
}
