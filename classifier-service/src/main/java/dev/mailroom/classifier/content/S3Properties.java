package dev.mailroom.classifier.content;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The S3 connection shared by every mailroom service ({@code mailroom.s3.*}). Credentials come from
 * the AWS SDK default chain (environment locally, the task role on ECS).
 *
 * @param endpoint endpoint override, e.g. {@code http://127.0.0.1:9000}; empty for AWS itself
 * @param region signing region
 * @param bucket the bucket of raw documents (and of models when the registry is {@code s3://})
 * @param pathStyleAccess path-style URLs, needed by local S3 servers
 */
@Validated
@ConfigurationProperties("mailroom.s3")
public record S3Properties(
        String endpoint, @NotBlank String region, @NotBlank String bucket, boolean pathStyleAccess) {}
