package dev.mailroom.ingest.storage;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The S3 bucket of raw documents ({@code mailroom.s3.*}, shared by every service). Credentials come
 * from the AWS SDK default chain.
 *
 * @param endpoint S3 API endpoint; empty for real AWS, e.g. {@code http://127.0.0.1:9000} locally
 * @param region signing region
 * @param bucket bucket of raw documents (and models)
 * @param pathStyleAccess path-style URLs ({@code endpoint/bucket/key}), needed by S3Proxy and MinIO
 */
@Validated
@ConfigurationProperties("mailroom.s3")
public record S3Properties(URI endpoint, @NotBlank String region, @NotBlank String bucket, boolean pathStyleAccess) {}
