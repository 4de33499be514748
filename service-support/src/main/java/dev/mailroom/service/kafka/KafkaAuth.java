package dev.mailroom.service.kafka;

/** How Kafka clients authenticate to the brokers ({@code mailroom.kafka.auth}). */
public enum KafkaAuth {
    /** No client authentication (plaintext, or TLS only when {@code mailroom.kafka.tls=true}): the local default. */
    NONE,
    /** Amazon MSK IAM access control (SASL mechanism {@code AWS_MSK_IAM}, always over TLS), the task role's rights. */
    MSK_IAM,
    /** SASL/SCRAM-SHA-512 with {@code mailroom.kafka.scram-username} and {@code mailroom.kafka.scram-password}. */
    SCRAM_SHA_512
}
