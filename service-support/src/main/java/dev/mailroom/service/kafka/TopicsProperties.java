package dev.mailroom.service.kafka;

import dev.mailroom.contracts.Topic;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Topic names ({@code mailroom.topics.*}, env {@code MAILROOM_TOPICS_*}), one record for every service; the
 * defaults are the contracts' {@link Topic.Names}, the single source of truth.
 *
 * @param ingest topic of {@code document.ingested.v1}, default {@value Topic.Names#INGEST}
 * @param text routed documents with a text layer ({@code document.routed.v1}), default {@value Topic.Names#TEXT}
 * @param scanned routed scans ({@code document.routed.v1}), default {@value Topic.Names#SCANNED}
 * @param rejected topic of {@code document.rejected.v1}, default {@value Topic.Names#REJECTED}
 * @param classified topic of {@code document.classified.v1}, default {@value Topic.Names#CLASSIFIED}
 */
@Validated
@ConfigurationProperties("mailroom.topics")
public record TopicsProperties(
        @DefaultValue(Topic.Names.INGEST) @NotBlank String ingest,
        @DefaultValue(Topic.Names.TEXT) @NotBlank String text,
        @DefaultValue(Topic.Names.SCANNED) @NotBlank String scanned,
        @DefaultValue(Topic.Names.REJECTED) @NotBlank String rejected,
        @DefaultValue(Topic.Names.CLASSIFIED) @NotBlank String classified) {

    /** The defaults of the contracts. */
    public static TopicsProperties defaults() {
        return new TopicsProperties(
                Topic.Names.INGEST,
                Topic.Names.TEXT,
                Topic.Names.SCANNED,
                Topic.Names.REJECTED,
                Topic.Names.CLASSIFIED);
    }
}
