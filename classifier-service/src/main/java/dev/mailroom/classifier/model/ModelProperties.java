package dev.mailroom.classifier.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which models serve and how often the registry is re-checked ({@code mailroom.classifier.model.*}).
 *
 * @param textName registry name of the text model
 * @param scannedName registry name of the scanned (OCR) model; the text model serves scans until one is
 *     promoted
 * @param refreshInterval pause between two checks of the {@code production} aliases
 * @param explanationSize top features carried by every outcome
 * @param maxTextChars longer texts are classified on their first this-many characters
 */
@Validated
@ConfigurationProperties("mailroom.classifier.model")
public record ModelProperties(
        @NotBlank String textName,
        @NotBlank String scannedName,
        @NotNull Duration refreshInterval,
        @Min(0) @Max(50) int explanationSize,
        @Min(1) int maxTextChars) {}
