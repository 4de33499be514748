package dev.mailroom.ingest.messaging;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How ingest-service produces ({@code mailroom.ingest.kafka.*}). Connection settings come from
 * {@code spring.kafka.*}; acks=all and idempotence are always on.
 *
 * @param deliveryTimeout how long one record may take to be acknowledged, retries included; then the
 *     document is not acknowledged to its channel
 * @param createTopics declare the ingest and rejected topics at start-up (local runs)
 * @param partitions partitions of the declared topics
 * @param replicas replication factor of the declared topics
 */
@Validated
@ConfigurationProperties("mailroom.ingest.kafka")
public record ProducerProperties(
        @NotNull Duration deliveryTimeout, boolean createTopics, @Min(1) int partitions, @Min(1) short replicas) {}
