package dev.mailroom.deploy.stack;

import dev.mailroom.deploy.spec.ImapSettings;
import dev.mailroom.deploy.spec.ServiceCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The deployment parameters, read from CDK context ({@code cdk deploy -c key=value} or {@code cdk.json}).
 *
 * @param imageTag tag of the images in the ECR repositories ({@code imageTag}, required)
 * @param kafkaBootstrapServers bootstrap servers of the existing Kafka cluster, e.g. Amazon MSK's TLS bootstrap
 *     string ({@code kafkaBootstrapServers}, required)
 * @param kafkaSecurityProtocol {@code SSL} (default, MSK TLS listener) or {@code PLAINTEXT} ({@code
 *     kafkaSecurityProtocol})
 * @param mskClusterName MSK cluster name, the {@code Cluster Name} dimension of the consumer-lag metric ({@code
 *     mskClusterName}, default {@code mailroom})
 * @param classifierConsumerGroup consumer group of the classifier, dimension of the lag metric ({@code
 *     classifierConsumerGroup}, default {@code classifier-service})
 * @param classifierLagTarget consumer lag (messages) per topic the classifier scales to hold ({@code
 *     classifierLagTarget}, default 1000)
 * @param vpcId an existing VPC to deploy into ({@code vpcId}); absent: the stack creates one
 * @param bucketName physical bucket name ({@code bucketName}); absent: CloudFormation generates one
 * @param certificateArn ACM certificate for an HTTPS listener ({@code certificateArn}); absent: HTTP on port 80
 * @param internetFacing whether the load balancer is internet-facing ({@code internetFacing}, default false)
 * @param imap the mailbox to poll ({@code imapHost}, {@code imapUser} default {@code mailroom}, {@code
 *     imapPasswordParameter} default {@code /mailroom/ingest/imap-password}); absent without {@code imapHost}
 * @param mskSecurityGroupId security group of the MSK brokers ({@code mskSecurityGroupId}); when given, the stack
 *     lets the Kafka clients (ingest, classifier, Flink router) in on the listener port (9094 TLS, 9092 plaintext)
 * @param flinkMode {@code managed} (default: an Amazon Managed Service for Apache Flink application) or {@code
 *     external} (the router runs on an existing Flink cluster; nothing is created)
 * @param flinkJarKey key of the router's job jar in the bucket ({@code flinkJarKey})
 */
public record DeploymentParameters(
        String imageTag,
        String kafkaBootstrapServers,
        String kafkaSecurityProtocol,
        String mskClusterName,
        String classifierConsumerGroup,
        int classifierLagTarget,
        Optional<String> vpcId,
        Optional<String> bucketName,
        Optional<String> certificateArn,
        boolean internetFacing,
        Optional<ImapSettings> imap,
        Optional<String> mskSecurityGroupId,
        FlinkMode flinkMode,
        String flinkJarKey) {

    /** How the Flink router job is run. */
    public enum FlinkMode {
        /** An Amazon Managed Service for Apache Flink application created by the stack. */
        MANAGED,
        /** An existing Flink cluster operated elsewhere. */
        EXTERNAL
    }

    /** Every context key the stack reads; docs/deploy.md documents each. */
    public static final List<String> CONTEXT_KEYS = List.of(
            "imageTag",
            "kafkaBootstrapServers",
            "kafkaSecurityProtocol",
            "mskClusterName",
            "classifierConsumerGroup",
            "classifierLagTarget",
            "vpcId",
            "bucketName",
            "certificateArn",
            "internetFacing",
            "imapHost",
            "imapUser",
            "imapPasswordParameter",
            "mskSecurityGroupId",
            "flinkMode",
            "flinkJarKey");

    /** Key prefix of deployment artifacts (the Flink job jar) in the bucket. */
    public static final String ARTIFACTS_PREFIX = "artifacts/";

    public DeploymentParameters {
        Objects.requireNonNull(imageTag, "imageTag");
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        if (!kafkaSecurityProtocol.equals("SSL") && !kafkaSecurityProtocol.equals("PLAINTEXT")) {
            throw new IllegalArgumentException("kafkaSecurityProtocol is SSL or PLAINTEXT: " + kafkaSecurityProtocol);
        }
        if (classifierLagTarget < 1) {
            throw new IllegalArgumentException("classifierLagTarget must be positive");
        }
        if (internetFacing && certificateArn.isEmpty()) {
            // the training API key travels in a header: never over plain HTTP on the internet
            throw new IllegalArgumentException("an internet-facing load balancer needs certificateArn (HTTPS)");
        }
        if (!flinkJarKey.startsWith(ARTIFACTS_PREFIX)) {
            throw new IllegalArgumentException("flinkJarKey must be under " + ARTIFACTS_PREFIX + ": " + flinkJarKey);
        }
    }

    /** Port of the MSK listener the clients use: TLS 9094, plaintext 9092. */
    public int kafkaPort() {
        return kafkaSecurityProtocol.equals("SSL") ? 9094 : 9092;
    }

    /** Reads the parameters through {@code context} (a CDK node's {@code tryGetContext}), failing on missing ones. */
    public static DeploymentParameters fromContext(Function<String, Object> context) {
        return new DeploymentParameters(
                required(context, "imageTag"),
                required(context, "kafkaBootstrapServers"),
                optional(context, "kafkaSecurityProtocol").orElse("SSL"),
                optional(context, "mskClusterName").orElse("mailroom"),
                optional(context, "classifierConsumerGroup").orElse(ServiceCatalog.CLASSIFIER),
                optional(context, "classifierLagTarget").map(Integer::parseInt).orElse(1000),
                optional(context, "vpcId"),
                optional(context, "bucketName"),
                optional(context, "certificateArn"),
                optional(context, "internetFacing").map(Boolean::parseBoolean).orElse(false),
                optional(context, "imapHost")
                        .map(host -> new ImapSettings(
                                host,
                                optional(context, "imapUser").orElse("mailroom"),
                                optional(context, "imapPasswordParameter")
                                        .orElse(ServiceCatalog.IMAP_PASSWORD_PARAMETER))),
                optional(context, "mskSecurityGroupId"),
                optional(context, "flinkMode")
                        .map(mode -> FlinkMode.valueOf(mode.toUpperCase(Locale.ROOT)))
                        .orElse(FlinkMode.MANAGED),
                optional(context, "flinkJarKey").orElse(ARTIFACTS_PREFIX + "flink-router/flink-router.jar"));
    }

    private static String required(Function<String, Object> context, String key) {
        return optional(context, key)
                .orElseThrow(() -> new IllegalArgumentException(
                        "missing CDK context parameter " + key + ": pass -c " + key + "=... (see docs/deploy.md)"));
    }

    private static Optional<String> optional(Function<String, Object> context, String key) {
        Object value = context.apply(key);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.toString().trim());
    }
}
