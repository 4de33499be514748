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
 * @param kafkaAuth client authentication of every Kafka client ({@code kafkaAuth}): {@code msk-iam} (default, the
 *     task and application roles' {@code kafka-cluster:*} grants, port 9098), {@code scram-sha-512} (a generated
 *     secret {@value #SCRAM_SECRET_NAME} to associate with the cluster, port 9096) or {@code none} (port 9094 with
 *     TLS, 9092 without)
 * @param kafkaTls TLS to the brokers ({@code kafkaTls}, default true; SASL on MSK always uses TLS)
 * @param kafkaScramUsername SCRAM user ({@code kafkaScramUsername}, default {@code mailroom})
 * @param mskClusterName MSK cluster name: dimension of its metrics and part of the {@code kafka-cluster} resource
 *     ARNs ({@code mskClusterName}, default {@code mailroom})
 * @param mskBrokerCount brokers of the cluster, ids 1..n ({@code mskBrokerCount}, default 3): the rejected-rate
 *     alarm sums MSK's per-broker topic metrics
 * @param topicPartitions partitions of the mailroom topics ({@code topicPartitions}, default 12, as in the topic
 *     creation command): the classifier never scales past it
 * @param classifierLagTarget consumer lag (messages) per classifier task and input topic the classifier scales to
 *     hold ({@code classifierLagTarget}, default 200)
 * @param rejectedRatePercent rejected/ingested share that raises the rejected-rate alarm ({@code
 *     rejectedRatePercent}, default 5)
 * @param alarmEmail address subscribed to the alarm topic ({@code alarmEmail}); absent: subscribe yourself
 * @param vpcId an existing VPC to deploy into ({@code vpcId}); absent: the stack creates one
 * @param bucketName physical bucket name ({@code bucketName}); absent: CloudFormation generates one
 * @param certificateArn ACM certificate for an HTTPS listener ({@code certificateArn}); absent: HTTP on port 80
 * @param internetFacing whether the load balancer is internet-facing ({@code internetFacing}, default false)
 * @param imap the mailbox to poll ({@code imapHost}, {@code imapUser} default {@code mailroom}, {@code
 *     imapPasswordParameter} default {@code /mailroom/ingest/imap-password}); absent without {@code imapHost}
 * @param mskSecurityGroupId security group of the MSK brokers ({@code mskSecurityGroupId}); when given, the stack
 *     lets the Kafka clients (ingest, classifier, Flink router) in on the listener port of {@code kafkaAuth}
 * @param flinkMode {@code managed} (default: an Amazon Managed Service for Apache Flink application) or {@code
 *     external} (the router runs on an existing Flink cluster; nothing is created)
 * @param flinkJarKey key of the router's job jar in the bucket ({@code flinkJarKey})
 */
public record DeploymentParameters(
        String imageTag,
        String kafkaBootstrapServers,
        KafkaAuth kafkaAuth,
        boolean kafkaTls,
        String kafkaScramUsername,
        String mskClusterName,
        int mskBrokerCount,
        int topicPartitions,
        int classifierLagTarget,
        int rejectedRatePercent,
        Optional<String> alarmEmail,
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

    /** How Kafka clients authenticate; the value is also the services' {@code mailroom.kafka.auth}. */
    public enum KafkaAuth {
        /** No client authentication. */
        NONE("none"),
        /** MSK IAM access control (SASL mechanism {@code AWS_MSK_IAM}). */
        MSK_IAM("msk-iam"),
        /** SASL/SCRAM-SHA-512 with a user and password. */
        SCRAM_SHA_512("scram-sha-512");

        private final String value;

        KafkaAuth(String value) {
            this.value = value;
        }

        /** The configuration value, e.g. {@code msk-iam}. */
        public String value() {
            return value;
        }

        static KafkaAuth of(String value) {
            for (KafkaAuth auth : values()) {
                if (auth.value.equals(value)) {
                    return auth;
                }
            }
            throw new IllegalArgumentException("kafkaAuth is none, msk-iam or scram-sha-512: " + value);
        }
    }

    /** Secrets Manager secret of the SCRAM credentials (MSK requires the {@code AmazonMSK_} prefix). */
    public static final String SCRAM_SECRET_NAME = "AmazonMSK_mailroom";

    /** Every context key the stack reads; docs/deploy.md documents each. */
    public static final List<String> CONTEXT_KEYS = List.of(
            "imageTag",
            "kafkaBootstrapServers",
            "kafkaAuth",
            "kafkaTls",
            "kafkaScramUsername",
            "mskClusterName",
            "mskBrokerCount",
            "topicPartitions",
            "classifierLagTarget",
            "rejectedRatePercent",
            "alarmEmail",
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
        Objects.requireNonNull(kafkaAuth, "kafkaAuth");
        if (kafkaAuth != KafkaAuth.NONE && !kafkaTls) {
            throw new IllegalArgumentException("kafkaAuth=" + kafkaAuth.value()
                    + " needs kafkaTls=true (MSK serves SASL" + " on its TLS listeners only)");
        }
        if (kafkaAuth == KafkaAuth.SCRAM_SHA_512) {
            // the password comes from a secret; Spring Boot's Kafka keys can only carry it inside the JAAS string
            throw new IllegalArgumentException("kafkaAuth=scram-sha-512 is not available yet: the services read SCRAM"
                    + " credentials from service-support's mailroom.kafka.* (coming); use msk-iam");
        }
        if (kafkaAuth == KafkaAuth.SCRAM_SHA_512 && flinkMode == FlinkMode.MANAGED) {
            // Managed Flink passes runtime properties in clear (console, API): no place for a password
            throw new IllegalArgumentException("kafkaAuth=scram-sha-512 needs flinkMode=external: Managed Flink has no"
                    + " secret injection for the router's password; use kafkaAuth=msk-iam with Managed Flink");
        }
        if (classifierLagTarget < 1 || mskBrokerCount < 1 || topicPartitions < 1 || rejectedRatePercent < 1) {
            throw new IllegalArgumentException(
                    "classifierLagTarget, mskBrokerCount, topicPartitions and rejectedRatePercent must be positive");
        }
        if (internetFacing && certificateArn.isEmpty()) {
            // the training API key travels in a header: never over plain HTTP on the internet
            throw new IllegalArgumentException("an internet-facing load balancer needs certificateArn (HTTPS)");
        }
        if (!flinkJarKey.startsWith(ARTIFACTS_PREFIX)) {
            throw new IllegalArgumentException("flinkJarKey must be under " + ARTIFACTS_PREFIX + ": " + flinkJarKey);
        }
    }

    /** Port of the MSK listener the clients use: IAM 9098, SCRAM 9096, TLS 9094, plaintext 9092. */
    public int kafkaPort() {
        return switch (kafkaAuth) {
            case MSK_IAM -> 9098;
            case SCRAM_SHA_512 -> 9096;
            case NONE -> kafkaTls ? 9094 : 9092;
        };
    }

    /** Reads the parameters through {@code context} (a CDK node's {@code tryGetContext}), failing on missing ones. */
    public static DeploymentParameters fromContext(Function<String, Object> context) {
        return new DeploymentParameters(
                required(context, "imageTag"),
                required(context, "kafkaBootstrapServers"),
                optional(context, "kafkaAuth").map(KafkaAuth::of).orElse(KafkaAuth.MSK_IAM),
                optional(context, "kafkaTls").map(DeploymentParameters::bool).orElse(true),
                optional(context, "kafkaScramUsername").orElse("mailroom"),
                optional(context, "mskClusterName").orElse("mailroom"),
                optional(context, "mskBrokerCount").map(Integer::parseInt).orElse(3),
                optional(context, "topicPartitions").map(Integer::parseInt).orElse(12),
                optional(context, "classifierLagTarget").map(Integer::parseInt).orElse(200),
                optional(context, "rejectedRatePercent").map(Integer::parseInt).orElse(5),
                optional(context, "alarmEmail"),
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

    private static boolean bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("expected true or false: " + value);
        }
        return Boolean.parseBoolean(value);
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
