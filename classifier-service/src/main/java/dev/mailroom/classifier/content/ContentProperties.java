package dev.mailroom.classifier.content;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on raw content ({@code mailroom.classifier.content.*}).
 *
 * @param maxBytes raw documents larger than this are rejected as too large without being read
 */
@Validated
@ConfigurationProperties("mailroom.classifier.content")
public record ContentProperties(@Min(1) long maxBytes) {}
