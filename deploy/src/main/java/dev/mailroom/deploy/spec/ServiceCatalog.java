package dev.mailroom.deploy.spec;

import dev.mailroom.contracts.BucketLayout;
import dev.mailroom.contracts.Topic;
import dev.mailroom.router.RouterConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three Spring Boot services as deployed on ECS: sizes, ports, configuration keys (config.md conventions, in
 * Spring relaxed environment form), secrets and the S3 prefixes each may touch.
 */
public final class ServiceCatalog {

    /** Maven module, container and service name of the ingest service. */
    public static final String INGEST = "ingest-service";

    /** Maven module, container and service name of the classifier service. */
    public static final String CLASSIFIER = "classifier-service";

    /** Maven module, container and service name of the training service. */
    public static final String TRAINING = "training-service";

    /** Spring profile every service runs with on AWS. */
    public static final String AWS_PROFILE = "aws";

    /** Name of the text model in the registry. */
    public static final String TEXT_MODEL = "mailroom-text";

    /** Name of the scanned-document model in the registry. */
    public static final String SCANNED_MODEL = "mailroom-scanned";

    /** Secrets Manager secret holding the API key of ingest's machine client, role upload (generated). */
    public static final String INGEST_API_KEY_SECRET = "mailroom/ingest-api-key";

    /** Secrets Manager secret holding the API key of the classifier's machine client, role classify (generated). */
    public static final String CLASSIFIER_API_KEY_SECRET = "mailroom/classifier-api-key";

    /** Secrets Manager secret holding the training API key, roles train, promote, read (generated). */
    public static final String TRAINING_API_KEY_SECRET = "mailroom/training-api-key";

    /**
     * Secrets Manager secret with the SCRAM credentials ({@code {"username": ..., "password": ...}}); MSK only
     * associates secrets whose name starts with {@code AmazonMSK_}.
     */
    public static final String KAFKA_SCRAM_SECRET = "AmazonMSK_mailroom";

    /** Secrets Manager secret holding the operators' API key of every service, role ops: metrics (generated). */
    public static final String OPS_API_KEY_SECRET = "mailroom/ops-api-key";

    /** Variable of the service's machine-client key (service-support {@code mailroom.security.api-keys.client.key}). */
    public static final String CLIENT_API_KEY_ENV = "MAILROOM_SECURITY_APIKEYS_CLIENT_KEY";

    /** Variable of the operators' key (service-support {@code mailroom.security.api-keys.ops.key}). */
    public static final String OPS_API_KEY_ENV = "MAILROOM_SECURITY_APIKEYS_OPS_KEY";

    /** Default SSM SecureString parameter with the IMAP mailbox password (created by operators). */
    public static final String IMAP_PASSWORD_PARAMETER = "/mailroom/ingest/imap-password";

    /** Key prefix of the raw document bytes (contracts {@code ContentRefs}). */
    public static final String RAW_PREFIX = BucketLayout.RAW;

    /** Key prefix of the model registry (model-core's object-store registry). */
    public static final String MODELS_PREFIX = BucketLayout.MODELS;

    /** Key prefix of the training jobs (training-service's {@code JobStore}, listed at start-up). */
    public static final String JOBS_PREFIX = BucketLayout.JOBS;

    /**
     * Consumer group of the classifier's text listener: Spring Kafka uses the {@code @KafkaListener} id as the group
     * (classifier-service {@code RoutedDocumentListener.TEXT_LISTENER}; {@code KnowledgeFromOwnersTest} pins it).
     */
    public static final String CLASSIFIER_TEXT_GROUP = "classifier-text";

    /** Consumer group of the classifier's scanned listener ({@code RoutedDocumentListener.SCANNED_LISTENER}). */
    public static final String CLASSIFIER_SCANNED_GROUP = "classifier-scanned";

    /**
     * Prefix of the classifier's Kafka transactional ids ({@code spring.kafka.producer.transaction-id-prefix} is
     * {@code classifier-tx-<host>-}).
     */
    public static final String CLASSIFIER_TRANSACTIONAL_ID_PREFIX = "classifier-tx-";

    /**
     * JVM variable every container gets: the heap as an explicit {@code -Xmx} (which overrides the images'
     * {@code MaxRAMPercentage}) sized from the task memory so that native memory keeps room, see {@link JvmMemory}.
     */
    public static final String JVM_OPTIONS_VARIABLE = "JAVA_TOOL_OPTIONS";

    private ServiceCatalog() {}

    /**
     * The Kafka rights of each Kafka client of the pipeline by name: the three services ({@link #INGEST}, {@link
     * #CLASSIFIER}; training has no Kafka) and the router ({@code flink-router}, group and transactional-id prefix as
     * passed to it by the stack). Topics are contracts' {@link Topic} default names.
     */
    public static Optional<KafkaAccess> kafkaAccess(String client) {
        return switch (client) {
            case INGEST ->
                Optional.of(
                        new KafkaAccess(List.of(), List.of(Topic.INGEST, Topic.REJECTED), List.of(), Optional.empty()));
            case CLASSIFIER ->
                Optional.of(new KafkaAccess(
                        List.of(Topic.TEXT, Topic.SCANNED),
                        List.of(Topic.CLASSIFIED, Topic.REJECTED),
                        List.of(CLASSIFIER_TEXT_GROUP, CLASSIFIER_SCANNED_GROUP),
                        Optional.of(CLASSIFIER_TRANSACTIONAL_ID_PREFIX)));
            case ROUTER ->
                Optional.of(new KafkaAccess(
                        List.of(Topic.INGEST),
                        List.of(Topic.TEXT, Topic.SCANNED, Topic.REJECTED),
                        List.of(RouterConfig.Option.GROUP_ID.defaultValue()),
                        Optional.of(RouterConfig.Option.TRANSACTIONAL_ID_PREFIX.defaultValue())));
            default -> Optional.empty();
        };
    }

    /** The Flink router's name as a Kafka client and Managed Flink application suffix. */
    public static final String ROUTER = "flink-router";

    /** All services in deployment order, with environment values taken from {@code values}. */
    public static List<ServiceSpec> services(DeploymentValues values, Optional<ImapSettings> imap) {
        return List.of(ingest(values, imap), classifier(values), training(values));
    }

    static ServiceSpec ingest(DeploymentValues values, Optional<ImapSettings> imap) {
        Map<String, String> env = common(values, 8081, INGEST_MEMORY);
        List<SecretSpec> secrets = new ArrayList<>(apiKeys(INGEST_API_KEY_SECRET));
        kafka(env, secrets, values);
        imap.ifPresent(mailbox -> {
            env.put("MAILROOM_INGEST_IMAP_ENABLED", "true");
            env.put("MAILROOM_INGEST_IMAP_HOST", mailbox.host());
            env.put("MAILROOM_INGEST_IMAP_USER", mailbox.user());
            secrets.add(new SecretSpec(
                    "MAILROOM_INGEST_IMAP_PASSWORD", SecretSpec.Store.SSM_PARAMETER, mailbox.passwordParameter()));
        });
        return new ServiceSpec(
                INGEST,
                8081,
                1024,
                INGEST_MEMORY.taskMiB(),
                2,
                2,
                env,
                secrets,
                new BucketAccess(List.of(), List.of(RAW_PREFIX)),
                List.of("/api/v1/documents", "/api/v1/documents/*"),
                ServiceSpec.READINESS_PATH);
    }

    static ServiceSpec classifier(DeploymentValues values) {
        Map<String, String> env = common(values, 8082, CLASSIFIER_MEMORY);
        List<SecretSpec> secrets = new ArrayList<>(apiKeys(CLASSIFIER_API_KEY_SECRET));
        kafka(env, secrets, values);
        env.put("MAILROOM_REGISTRY_URI", "s3://" + values.bucketName());
        env.put("MAILROOM_CLASSIFIER_MODEL_TEXT_NAME", TEXT_MODEL);
        env.put("MAILROOM_CLASSIFIER_MODEL_SCANNED_NAME", SCANNED_MODEL);
        env.put("MAILROOM_CLASSIFIER_MODEL_REFRESH_INTERVAL", "30s");
        return new ServiceSpec(
                CLASSIFIER,
                8082,
                2048,
                CLASSIFIER_MEMORY.taskMiB(),
                2,
                10,
                env,
                secrets,
                new BucketAccess(List.of(MODELS_PREFIX, RAW_PREFIX), List.of()),
                List.of("/api/v1/classifications", "/api/v1/classifications/*"),
                // Readiness stays DOWN until a production model exists (health group `models`). Probing it would
                // make ECS replace every task of a fresh deployment, before anyone could train the first model.
                ServiceSpec.LIVENESS_PATH);
    }

    static ServiceSpec training(DeploymentValues values) {
        Map<String, String> env = common(values, 8083, TRAINING_MEMORY);
        env.put("MAILROOM_REGISTRY_URI", "s3://" + values.bucketName());
        return new ServiceSpec(
                TRAINING,
                8083,
                4096,
                TRAINING_MEMORY.taskMiB(),
                1,
                1,
                env,
                apiKeys(TRAINING_API_KEY_SECRET),
                // the registry (models/) and the job snapshots it lists at start-up (jobs/)
                new BucketAccess(List.of(MODELS_PREFIX, JOBS_PREFIX), List.of(MODELS_PREFIX, JOBS_PREFIX)),
                List.of("/api/v1/trainings", "/api/v1/trainings/*", "/api/v1/models", "/api/v1/models/*"),
                ServiceSpec.READINESS_PATH);
    }

    /** The service's client key and the operators' key; their roles are in the service's {@code aws} profile. */
    private static List<SecretSpec> apiKeys(String clientSecret) {
        return List.of(
                new SecretSpec(CLIENT_API_KEY_ENV, SecretSpec.Store.SECRETS_MANAGER, clientSecret),
                new SecretSpec(OPS_API_KEY_ENV, SecretSpec.Store.SECRETS_MANAGER, OPS_API_KEY_SECRET));
    }

    /** Ingest: Tika/PDFBox work on the heap; native memory is metaspace, threads and NIO buffers. */
    static final JvmMemory INGEST_MEMORY = new JvmMemory(2048, 1024, 0);

    /**
     * Classifier: ND4J/JavaCPP off-heap buffers beside the heap, and outside this JVM its OCR worker processes
     * ({@code mailroom.classifier.ocr.threads} of them, each {@code worker-max-heap} 512m plus Tesseract, ~0.8 GiB;
     * they inherit {@code JAVA_TOOL_OPTIONS} but their own {@code -Xmx} wins).
     */
    static final JvmMemory CLASSIFIER_MEMORY = new JvmMemory(4096, 1280, 768);

    /** Training: DL4J training keeps its arrays off-heap (JavaCPP). */
    static final JvmMemory TRAINING_MEMORY = new JvmMemory(16384, 7168, 5120);

    private static Map<String, String> common(DeploymentValues values, int port, JvmMemory memory) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(JVM_OPTIONS_VARIABLE, memory.javaToolOptions());
        env.put("SPRING_PROFILES_ACTIVE", AWS_PROFILE);
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("MAILROOM_S3_BUCKET", values.bucketName());
        env.put("MAILROOM_S3_REGION", values.region());
        env.put("MAILROOM_S3_PATH_STYLE_ACCESS", "false");
        return env;
    }

    /**
     * Bootstrap servers, authentication and the record size limit, in Spring Boot's own Kafka keys: the security
     * protocol and, for MSK IAM, the SASL client properties ({@code spring.kafka.properties.*}, applied to every
     * client of the service; the IAM login module comes with service-support). SCRAM needs the password from a
     * secret, which these keys cannot compose: it waits for service-support's {@code mailroom.kafka.*}.
     */
    private static void kafka(Map<String, String> env, List<SecretSpec> secrets, DeploymentValues values) {
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", values.kafkaBootstrapServers());
        boolean tls = Boolean.parseBoolean(values.kafkaTls());
        switch (values.kafkaAuth()) {
            case "none" -> env.put("SPRING_KAFKA_SECURITY_PROTOCOL", tls ? "SSL" : "PLAINTEXT");
            case "msk-iam" -> {
                env.put("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
                env.put("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "AWS_MSK_IAM");
                env.put(
                        "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
                        "software.amazon.msk.auth.iam.IAMLoginModule required;");
                env.put(
                        "SPRING_KAFKA_PROPERTIES_SASL_CLIENT_CALLBACK_HANDLER_CLASS",
                        "software.amazon.msk.auth.iam.IAMClientCallbackHandler");
            }
            default -> throw new IllegalArgumentException("services cannot use Kafka auth " + values.kafkaAuth());
        }
        env.put(KafkaLimits.PRODUCER_MAX_REQUEST_SIZE_VARIABLE, Integer.toString(KafkaLimits.MAX_MESSAGE_BYTES));
    }
}
