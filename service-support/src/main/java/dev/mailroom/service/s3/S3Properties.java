package dev.mailroom.service.s3;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The S3 connection every mailroom service shares ({@code mailroom.s3.*}, env {@code MAILROOM_S3_*}). Credentials
 * come from the AWS SDK default chain (environment or system properties locally, the task role on ECS).
 *
 * @param endpoint endpoint override, e.g. {@code http://127.0.0.1:9000} for S3Proxy or MinIO; empty (the default)
 *     for AWS itself
 * @param region signing region, default {@code us-east-1}
 * @param bucket the bucket of raw documents ({@code raw/...}) and, with an {@code s3://} registry, of models
 * @param pathStyleAccess path-style URLs ({@code endpoint/bucket/key}), needed by S3Proxy and MinIO; default false
 * @param maxConnections upper bound of the HTTP connection pool of the one S3 client, default 50
 * @param connectionTimeout time to open a TCP connection, default 5s
 * @param socketTimeout longest wait for data on an open connection, default 60s
 * @param connectionAcquisitionTimeout longest wait for a free pooled connection when all are busy, default 10s
 */
@Validated
@ConfigurationProperties("mailroom.s3")
public record S3Properties(
        String endpoint,
        @DefaultValue("us-east-1") @NotBlank String region,
        @DefaultValue("mailroom") @NotBlank String bucket,
        @DefaultValue("false") boolean pathStyleAccess,
        @DefaultValue("50") @Min(1) int maxConnections,
        @DefaultValue("5s") @NotNull Duration connectionTimeout,
        @DefaultValue("60s") @NotNull Duration socketTimeout,
        @DefaultValue("10s") @NotNull Duration connectionAcquisitionTimeout) {

    /** The endpoint override, when one is configured. */
    public Optional<URI> endpointOverride() {
        return endpoint == null || endpoint.isBlank() ? Optional.empty() : Optional.of(URI.create(endpoint.strip()));
    }
}
