package dev.mailroom.classifier.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The REST classification API ({@code mailroom.classifier.rest.*}).
 *
 * @param maxJsonBody largest JSON body of {@code POST /api/v1/classifications}; larger ones get 413
 *     {@code too-large} before they are parsed (multipart files keep {@code spring.servlet.multipart.*})
 */
@Validated
@ConfigurationProperties("mailroom.classifier.rest")
public record RestProperties(@NotNull DataSize maxJsonBody) {}
