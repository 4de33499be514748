package dev.mailroom.training;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where models and jobs are stored ({@code mailroom.registry.*}).
 *
 * @param uri {@code file:/abs/path} (filesystem registry) or {@code s3://bucket[/prefix]} (S3, using the
 *     {@code mailroom.s3} client settings); env MAILROOM_REGISTRY_URI
 */
@Validated
@ConfigurationProperties("mailroom.registry")
public record RegistryProperties(@NotBlank String uri) {}
