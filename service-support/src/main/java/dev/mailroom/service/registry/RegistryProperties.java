package dev.mailroom.service.registry;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the model registry lives ({@code mailroom.registry.*}, env {@code MAILROOM_REGISTRY_URI}); shared by
 * classifier-service and training-service.
 *
 * @param uri {@code file:/abs/path} (or a plain path) for model-core's filesystem registry, or {@code
 *     s3://bucket[/prefix]} for the S3 registry, which uses the service's one S3 client ({@code mailroom.s3.*})
 */
@Validated
@ConfigurationProperties("mailroom.registry")
public record RegistryProperties(@NotBlank String uri) {}
