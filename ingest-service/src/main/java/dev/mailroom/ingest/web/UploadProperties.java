package dev.mailroom.ingest.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The REST channel ({@code mailroom.ingest.upload.*}).
 *
 * @param maxSize largest accepted upload (file or JSON text); larger ones get 413 and a
 *     {@code too-large} rejected record. Keep {@code spring.servlet.multipart.max-file-size} above it: the
 *     servlet container refuses anything over that before ingest sees it (413, no record)
 * @param maxJsonBody largest JSON body of a text document ({@code POST /api/v1/documents} as JSON); larger ones get
 *     413 {@code too-large} before they are parsed, and no record (nothing was stored)
 */
@Validated
@ConfigurationProperties("mailroom.ingest.upload")
public record UploadProperties(@NotNull DataSize maxSize, @NotNull DataSize maxJsonBody) {}
