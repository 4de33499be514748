package dev.mailroom.classifier.messaging;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Topic names shared by every service ({@code mailroom.topics.*}); defaults are contracts' {@code Topic.Names}.
 *
 * @param ingest ingested documents (not used here)
 * @param text routed documents with a text layer
 * @param scanned routed scans
 * @param rejected rejected records
 * @param classified classification outcomes
 */
@Validated
@ConfigurationProperties("mailroom.topics")
public record TopicsProperties(
        String ingest,
        @NotBlank String text,
        @NotBlank String scanned,
        @NotBlank String rejected,
        @NotBlank String classified) {}
