package dev.mailroom.deploy.spec;

import java.util.Objects;

/**
 * The values that differ per deployment and end up in the services' environment: real values (or CloudFormation
 * tokens) in the CDK stack, {@code ${PLACEHOLDER}}s in the rendered ECS JSON.
 *
 * @param bucketName the mailroom bucket ({@code mailroom.s3.bucket}, registry {@code s3://<bucket>})
 * @param region the AWS region of the bucket ({@code mailroom.s3.region})
 * @param kafkaBootstrapServers bootstrap servers of the Kafka cluster (Amazon MSK)
 * @param kafkaSecurityProtocol {@code SSL} for MSK's TLS listener, {@code PLAINTEXT} for a plaintext one
 */
public record DeploymentValues(
        String bucketName, String region, String kafkaBootstrapServers, String kafkaSecurityProtocol) {

    public DeploymentValues {
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        Objects.requireNonNull(kafkaSecurityProtocol, "kafkaSecurityProtocol");
    }

    /** Placeholders that {@code envsubst} (or any template step) fills in before registering a task definition. */
    public static DeploymentValues placeholders() {
        return new DeploymentValues(
                "${MAILROOM_BUCKET}", "${AWS_REGION}", "${KAFKA_BOOTSTRAP_SERVERS}", "${KAFKA_SECURITY_PROTOCOL}");
    }
}
