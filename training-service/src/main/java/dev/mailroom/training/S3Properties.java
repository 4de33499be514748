package dev.mailroom.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * S3 client settings shared by every service ({@code mailroom.s3.*}); credentials come from the AWS default chain.
 *
 * @param endpoint endpoint override, e.g. {@code http://127.0.0.1:9000}; empty for AWS
 * @param region region
 * @param bucket default bucket
 * @param pathStyleAccess path-style addressing (S3Proxy, MinIO)
 */
@Validated
@ConfigurationProperties("mailroom.s3")
public record S3Properties(String endpoint, String region, String bucket, boolean pathStyleAccess) {}
