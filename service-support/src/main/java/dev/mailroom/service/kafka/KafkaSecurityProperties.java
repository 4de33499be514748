package dev.mailroom.service.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kafka client authentication of every Spring Boot Kafka client of a service ({@code mailroom.kafka.*}, env {@code
 * MAILROOM_KAFKA_AUTH}, {@code MAILROOM_KAFKA_TLS}, {@code MAILROOM_KAFKA_SCRAM_USERNAME}, {@code
 * MAILROOM_KAFKA_SCRAM_PASSWORD}). The password never appears in {@link #toString()}.
 *
 * @param auth {@code none} (default), {@code msk-iam} or {@code scram-sha-512}
 * @param tls TLS to the brokers (default false); {@code msk-iam} always uses TLS, {@code scram-sha-512} uses {@code
 *     SASL_SSL} with it and {@code SASL_PLAINTEXT} without, {@code none} uses {@code SSL} with it
 * @param scramUsername SCRAM user name, required by {@code scram-sha-512}
 * @param scramPassword SCRAM password, required by {@code scram-sha-512}; never logged
 */
@ConfigurationProperties("mailroom.kafka")
public record KafkaSecurityProperties(
        @DefaultValue("none") KafkaAuth auth, boolean tls, String scramUsername, String scramPassword) {

    /** Refuses a SCRAM configuration without credentials. */
    public KafkaSecurityProperties {
        if (auth == null) {
            auth = KafkaAuth.NONE;
        }
        if (auth == KafkaAuth.SCRAM_SHA_512
                && (scramUsername == null
                        || scramUsername.isBlank()
                        || scramPassword == null
                        || scramPassword.isEmpty())) {
            throw new IllegalArgumentException(
                    "mailroom.kafka.auth=scram-sha-512 needs mailroom.kafka.scram-username and"
                            + " mailroom.kafka.scram-password (MAILROOM_KAFKA_SCRAM_USERNAME, MAILROOM_KAFKA_SCRAM_PASSWORD)");
        }
    }

    @Override
    public String toString() {
        return "KafkaSecurityProperties[auth=" + auth + ", tls=" + tls + ", scramUsername=" + scramUsername
                + ", scramPassword=" + (scramPassword == null || scramPassword.isEmpty() ? "<none>" : "<hidden>") + "]";
    }
}
