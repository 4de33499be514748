package dev.mailroom.classifier.messaging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Kafka listener settings ({@code mailroom.classifier.kafka.*}); the client itself is configured with
 * {@code spring.kafka.*}.
 *
 * @param enabled false serves REST only: the listeners never start
 * @param textConcurrency consumer threads on the text topic (cheap: model only)
 * @param textBatchSize records per poll, and so per Kafka transaction, on the text topic
 * @param scannedConcurrency consumer threads on the scanned topic (each may hold an OCR worker)
 * @param retryAttempts retries of a record that failed for a transient reason, before it is rejected
 * @param retryInterval pause between two retries
 */
@Validated
@ConfigurationProperties("mailroom.classifier.kafka")
public record MessagingProperties(
        boolean enabled,
        @Min(1) int textConcurrency,
        @Min(1) @Max(5000) int textBatchSize,
        @Min(1) int scannedConcurrency,
        @Min(0) @Max(20) int retryAttempts,
        @NotNull Duration retryInterval) {}
