package dev.mailroom.ingest.messaging;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Topic names ({@code mailroom.topics.*}, shared by every service; defaults are the contracts'
 * {@code Topic.Names}).
 *
 * @param ingest topic of {@code document.ingested.v1}
 * @param rejected topic of {@code document.rejected.v1}
 */
@Validated
@ConfigurationProperties("mailroom.topics")
public record TopicsProperties(@NotBlank String ingest, @NotBlank String rejected) {}
