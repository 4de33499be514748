package dev.mailroom.classifier.model;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The model registry shared with training-service ({@code mailroom.registry.*}).
 *
 * @param uri {@code s3://bucket[/prefix]} (S3 registry, client settings from {@code mailroom.s3.*}) or
 *     {@code file:/abs/path} (filesystem registry)
 */
@Validated
@ConfigurationProperties("mailroom.registry")
public record RegistryProperties(@NotBlank String uri) {}
