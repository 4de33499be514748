package dev.mailroom.deploy.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * The values that differ per deployment and end up in the services' environment: real values (or CloudFormation
 * tokens) in the CDK stack, {@code ${PLACEHOLDER}}s in the rendered ECS JSON.
 *
 * @param bucketName the mailroom bucket ({@code mailroom.s3.bucket}, registry {@code s3://<bucket>})
 * @param region the AWS region of the bucket ({@code mailroom.s3.region})
 * @param kafkaBootstrapServers bootstrap servers of the Kafka cluster (Amazon MSK)
 * @param kafkaAuth {@code mailroom.kafka.auth}: {@code none}, {@code msk-iam} or {@code scram-sha-512}
 * @param kafkaTls {@code mailroom.kafka.tls}: {@code true} or {@code false}
 * @param kafkaScramUsername with SCRAM, the user ({@code mailroom.kafka.scram-username}); the password comes from
 *     the secret {@link ServiceCatalog#KAFKA_SCRAM_SECRET}
 */
public record DeploymentValues(
        String bucketName,
        String region,
        String kafkaBootstrapServers,
        String kafkaAuth,
        String kafkaTls,
        Optional<String> kafkaScramUsername) {

    public DeploymentValues {
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        Objects.requireNonNull(kafkaAuth, "kafkaAuth");
        Objects.requireNonNull(kafkaTls, "kafkaTls");
        Objects.requireNonNull(kafkaScramUsername, "kafkaScramUsername");
    }

    /**
     * Placeholders that {@code envsubst} (or any template step) fills in before registering a task definition. The
     * files speak MSK IAM on TLS, the stack's default.
     */
    public static DeploymentValues placeholders() {
        return new DeploymentValues(
                "${MAILROOM_BUCKET}",
                "${AWS_REGION}",
                "${KAFKA_BOOTSTRAP_SERVERS}",
                "msk-iam",
                "true",
                Optional.empty());
    }
}
