package dev.mailroom.router;

import dev.mailroom.contracts.Topic;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole configuration of the router job, from command-line arguments ({@code --key value} or
 * {@code --key=value}) over environment variables over defaults. Every key is an {@link Option}.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param ingestTopic topic to read {@code document.ingested.v1} from
 * @param textTopic topic for {@code document.routed.v1} on the text route
 * @param scannedTopic topic for {@code document.routed.v1} on the scanned route
 * @param rejectedTopic topic for {@code document.rejected.v1}
 * @param groupId Kafka consumer group (offsets are committed on checkpoints)
 * @param transactionalIdPrefix prefix of the sink's Kafka transactional ids; unique per job on a cluster
 * @param transactionTimeout Kafka transaction timeout; at most the broker's transaction.max.timeout.ms
 * @param checkpointInterval how often to checkpoint (and so commit output transactions)
 * @param checkpointDir checkpoint storage URI, or null for the cluster's configuration
 * @param restoreFrom a retained checkpoint or savepoint to resume from, or null
 * @param parallelism job parallelism, 0 for the environment's default (1 with {@code --local})
 * @param dedupTtl how long a sha256 is remembered for de-duplication
 * @param minTextChars cleansed characters a text layer needs for the text route
 * @param maxTextChars cleansed text is cut to this many characters
 * @param maxRecordBytes ingest records over this size are rejected as too-large
 * @param kafkaProperties extra Kafka client properties for source and sink (security, timeouts), from
 *     {@code --kafka.<name> value}, {@code ROUTER_KAFKA_PROPERTIES=name=value;...} or {@code kafka.<name>} file keys
 * @param kafkaSecurity client authentication and TLS of source and sink ({@code --kafka-auth}, {@code --kafka-tls},
 *     {@code --kafka-scram-username}, password from {@code ROUTER_KAFKA_SCRAM_PASSWORD})
 * @param resumeLatest resume from the newest retained checkpoint under a {@code file:} checkpointDir
 * @param local run on an in-process MiniCluster instead of submitting to a cluster
 * @param help print the usage and exit
 */
public record RouterConfig(
        String bootstrapServers,
        String ingestTopic,
        String textTopic,
        String scannedTopic,
        String rejectedTopic,
        String groupId,
        String transactionalIdPrefix,
        Duration transactionTimeout,
        Duration checkpointInterval,
        String checkpointDir,
        String restoreFrom,
        int parallelism,
        Duration dedupTtl,
        int minTextChars,
        int maxTextChars,
        int maxRecordBytes,
        Map<String, String> kafkaProperties,
        KafkaSecurity kafkaSecurity,
        boolean resumeLatest,
        boolean local,
        boolean help)
        implements Serializable {

    /**
     * The sink's {@code max.request.size}: 8 MiB, room for a rejected record that embeds an ingest record of up to
     * 4 MiB (base64 at worst); deploy pins it against the topics' {@code max.message.bytes}.
     */
    public static final int MAX_REQUEST_BYTES = 8 * 1024 * 1024;

    public RouterConfig {
        Objects.requireNonNull(kafkaSecurity, "kafkaSecurity");
        kafkaProperties = Map.copyOf(kafkaProperties);
        requirePositive(checkpointInterval, Option.CHECKPOINT_INTERVAL);
        requirePositive(transactionTimeout, Option.TRANSACTION_TIMEOUT);
        requirePositive(dedupTtl, Option.DEDUP_TTL);
        if (parallelism < 0) {
            throw new IllegalArgumentException(Option.PARALLELISM.describe() + " must be >= 0");
        }
        if (minTextChars < 1 || maxTextChars < minTextChars) {
            throw new IllegalArgumentException(
                    Option.MIN_TEXT_CHARS.describe() + " must be >= 1 and <= " + Option.MAX_TEXT_CHARS.describe());
        }
        if (maxRecordBytes < 1024) {
            throw new IllegalArgumentException(Option.MAX_RECORD_BYTES.describe() + " must be >= 1024");
        }
        if (transactionTimeout.compareTo(checkpointInterval) <= 0) {
            throw new IllegalArgumentException(Option.TRANSACTION_TIMEOUT.describe() + " must be longer than "
                    + Option.CHECKPOINT_INTERVAL.describe());
        }
    }

    /** Every configuration key: command-line name, environment variable, default and meaning. */
    public enum Option {
        BOOTSTRAP_SERVERS("bootstrap-servers", "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092", "Kafka bootstrap servers"),
        INGEST_TOPIC("ingest-topic", "MAILROOM_TOPICS_INGEST", Topic.INGEST.defaultName(), "input topic"),
        TEXT_TOPIC("text-topic", "MAILROOM_TOPICS_TEXT", Topic.TEXT.defaultName(), "output topic, text route"),
        SCANNED_TOPIC(
                "scanned-topic", "MAILROOM_TOPICS_SCANNED", Topic.SCANNED.defaultName(), "output topic, scanned route"),
        REJECTED_TOPIC("rejected-topic", "MAILROOM_TOPICS_REJECTED", Topic.REJECTED.defaultName(), "rejected topic"),
        GROUP_ID("group-id", "ROUTER_GROUP_ID", "mailroom-router", "Kafka consumer group id"),
        TRANSACTIONAL_ID_PREFIX(
                "transactional-id-prefix",
                "ROUTER_TRANSACTIONAL_ID_PREFIX",
                "mailroom-router",
                "prefix of the sink's Kafka transactional ids (unique per job)"),
        TRANSACTION_TIMEOUT(
                "transaction-timeout",
                "ROUTER_TRANSACTION_TIMEOUT",
                "15m",
                "Kafka transaction timeout, <= broker transaction.max.timeout.ms"),
        CHECKPOINT_INTERVAL("checkpoint-interval", "ROUTER_CHECKPOINT_INTERVAL", "10s", "checkpoint interval"),
        CHECKPOINT_DIR(
                "checkpoint-dir",
                "ROUTER_CHECKPOINT_DIR",
                "",
                "checkpoint storage URI (file:///..., s3://...); empty = cluster config, or a temp dir with --local"),
        RESTORE_FROM(
                "restore-from",
                "ROUTER_RESTORE_FROM",
                "",
                "retained checkpoint or savepoint to resume from (on a cluster use flink run -s)"),
        PARALLELISM("parallelism", "ROUTER_PARALLELISM", "0", "parallelism, 0 = environment default (1 with --local)"),
        DEDUP_TTL("dedup-ttl", "ROUTER_DEDUP_TTL", "7d", "how long a sha256 is remembered for de-duplication"),
        MIN_TEXT_CHARS(
                "min-text-chars", "ROUTER_MIN_TEXT_CHARS", "20", "cleansed characters needed for the text route"),
        MAX_TEXT_CHARS("max-text-chars", "ROUTER_MAX_TEXT_CHARS", "100000", "cleansed text is cut to this length"),
        MAX_RECORD_BYTES(
                "max-record-bytes",
                "ROUTER_MAX_RECORD_BYTES",
                "524288",
                "larger ingest records are rejected too-large"),
        RESUME_LATEST(
                "resume-latest",
                "ROUTER_RESUME_LATEST",
                "false",
                "resume from the newest retained checkpoint under a file: checkpoint-dir (flag)"),
        APPLICATION_PROPERTIES(
                "application-properties",
                "ROUTER_APPLICATION_PROPERTIES",
                "",
                "runtime properties JSON (group " + ApplicationProperties.GROUP + "); default "
                        + ApplicationProperties.MANAGED_FLINK_FILE + " when present"),
        KAFKA_AUTH(
                "kafka-auth",
                "ROUTER_KAFKA_AUTH",
                "none",
                "Kafka client authentication: none, msk-iam or scram-sha-512"),
        KAFKA_TLS("kafka-tls", "ROUTER_KAFKA_TLS", "false", "TLS to the brokers (flag; msk-iam always uses TLS)"),
        KAFKA_SCRAM_USERNAME("kafka-scram-username", "ROUTER_KAFKA_SCRAM_USERNAME", "", "SCRAM user"),
        KAFKA_SCRAM_PASSWORD(
                "kafka-scram-password",
                "ROUTER_KAFKA_SCRAM_PASSWORD",
                "",
                "SCRAM password: environment or properties file only, never an argument (process lists show those)"),
        LOCAL("local", "ROUTER_LOCAL", "false", "run on an in-process Flink MiniCluster (flag)"),
        HELP("help", "", "false", "print this help (flag)");

        private final String key;
        private final String env;
        private final String defaultValue;
        private final String description;

        Option(String key, String env, String defaultValue, String description) {
            this.key = key;
            this.env = env;
            this.defaultValue = defaultValue;
            this.description = description;
        }

        /** The command-line name, without the leading dashes. */
        public String key() {
            return key;
        }

        /** The environment variable, or empty for none. */
        public String env() {
            return env;
        }

        /** The default value, empty for none. */
        public String defaultValue() {
            return defaultValue;
        }

        /** What the option means. */
        public String description() {
            return description;
        }

        boolean isFlag() {
            return this == LOCAL || this == HELP || this == RESUME_LATEST || this == KAFKA_TLS;
        }

        String describe() {
            return "--" + key;
        }
    }

    /**
     * Parses {@code args} over {@code env} over the application properties file over the defaults; throws
     * IllegalArgumentException naming the key.
     */
    public static RouterConfig parse(String[] args, Map<String, String> env) {
        return parse(args, env, Path.of(ApplicationProperties.MANAGED_FLINK_FILE));
    }

    static RouterConfig parse(String[] args, Map<String, String> env, Path defaultPropertiesFile) {
        Map<String, String> kafka = new HashMap<>();
        Map<String, String> kafkaFromArgs = new HashMap<>();
        Map<Option, String> fromArgs = parseArgs(args, kafkaFromArgs);
        Map<Option, String> fromEnv = new EnumMap<>(Option.class);
        for (Option option : Option.values()) {
            String value = option.env.isEmpty() ? null : env.get(option.env);
            if (value != null && !value.isBlank()) {
                fromEnv.put(option, value.trim());
            }
        }
        Map<Option, String> values = new EnumMap<>(Option.class);
        for (Option option : Option.values()) {
            values.put(option, option.defaultValue);
        }
        String explicitFile =
                fromArgs.getOrDefault(Option.APPLICATION_PROPERTIES, fromEnv.get(Option.APPLICATION_PROPERTIES));
        Path file = explicitFile != null && !explicitFile.isBlank() ? Path.of(explicitFile) : defaultPropertiesFile;
        if (explicitFile != null && !explicitFile.isBlank() || Files.isRegularFile(file)) {
            ApplicationProperties.load(file).forEach((key, value) -> {
                if (key.startsWith(KAFKA_PREFIX)) {
                    kafka.put(kafkaKey(key), value.trim());
                } else {
                    values.put(byKey(key), value.trim());
                }
            });
        }
        values.putAll(fromEnv);
        values.putAll(fromArgs);
        kafka.putAll(kafkaPairs(env.getOrDefault(KAFKA_PROPERTIES_ENV, "")));
        kafka.putAll(kafkaFromArgs);
        if (fromArgs.containsKey(Option.KAFKA_SCRAM_PASSWORD)) {
            throw new IllegalArgumentException(Option.KAFKA_SCRAM_PASSWORD.describe()
                    + " is not accepted on the command line: set " + Option.KAFKA_SCRAM_PASSWORD.env);
        }
        boolean local = bool(values, Option.LOCAL);
        KafkaSecurity security = parsed(
                values,
                Option.KAFKA_AUTH,
                auth -> new KafkaSecurity(
                        KafkaSecurity.Auth.of(auth),
                        bool(values, Option.KAFKA_TLS),
                        optional(values, Option.KAFKA_SCRAM_USERNAME),
                        optional(values, Option.KAFKA_SCRAM_PASSWORD)));
        return new RouterConfig(
                text(values, Option.BOOTSTRAP_SERVERS),
                text(values, Option.INGEST_TOPIC),
                text(values, Option.TEXT_TOPIC),
                text(values, Option.SCANNED_TOPIC),
                text(values, Option.REJECTED_TOPIC),
                text(values, Option.GROUP_ID),
                text(values, Option.TRANSACTIONAL_ID_PREFIX),
                parsed(values, Option.TRANSACTION_TIMEOUT, RouterConfig::duration),
                parsed(values, Option.CHECKPOINT_INTERVAL, RouterConfig::duration),
                optional(values, Option.CHECKPOINT_DIR),
                optional(values, Option.RESTORE_FROM),
                parsed(values, Option.PARALLELISM, Integer::parseInt),
                parsed(values, Option.DEDUP_TTL, RouterConfig::duration),
                parsed(values, Option.MIN_TEXT_CHARS, Integer::parseInt),
                parsed(values, Option.MAX_TEXT_CHARS, Integer::parseInt),
                parsed(values, Option.MAX_RECORD_BYTES, Integer::parseInt),
                kafka,
                security,
                bool(values, Option.RESUME_LATEST),
                local,
                bool(values, Option.HELP));
    }

    /** Option-name prefix of pass-through Kafka client properties. */
    static final String KAFKA_PREFIX = "kafka.";

    /** Environment variable of pass-through Kafka client properties: {@code name=value;name=value}. */
    static final String KAFKA_PROPERTIES_ENV = "ROUTER_KAFKA_PROPERTIES";

    private static String kafkaKey(String key) {
        String name = key.substring(KAFKA_PREFIX.length());
        if (name.isBlank()) {
            throw new IllegalArgumentException(
                    "--" + key + ": a Kafka property name must follow '" + KAFKA_PREFIX + "'");
        }
        return name;
    }

    private static Map<String, String> kafkaPairs(String pairs) {
        Map<String, String> properties = new HashMap<>();
        for (String pair : pairs.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(KAFKA_PROPERTIES_ENV + ": '" + pair + "' is not name=value");
            }
            properties.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return properties;
    }

    private static Map<Option, String> parseArgs(String[] args, Map<String, String> kafka) {
        Map<Option, String> values = new EnumMap<>(Option.class);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "', options start with --");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.startsWith(KAFKA_PREFIX)) {
                if (value == null && i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                kafka.put(kafkaKey(name), (value != null ? value : args[++i]).trim());
                continue;
            }
            Option option = byKey(name);
            if (value == null) {
                if (option.isFlag()) {
                    value = "true";
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException(option.describe() + " needs a value");
                }
            }
            values.put(option, value.trim());
        }
        return values;
    }

    /** This configuration resuming from {@code checkpoint}. */
    public RouterConfig withRestoreFrom(String checkpoint) {
        return new RouterConfig(
                bootstrapServers,
                ingestTopic,
                textTopic,
                scannedTopic,
                rejectedTopic,
                groupId,
                transactionalIdPrefix,
                transactionTimeout,
                checkpointInterval,
                checkpointDir,
                checkpoint,
                parallelism,
                dedupTtl,
                minTextChars,
                maxTextChars,
                maxRecordBytes,
                kafkaProperties,
                kafkaSecurity,
                resumeLatest,
                local,
                help);
    }

    /** This configuration with the given checkpoint directory and parallelism. */
    public RouterConfig withCheckpointDirAndParallelism(String dir, int newParallelism) {
        return new RouterConfig(
                bootstrapServers,
                ingestTopic,
                textTopic,
                scannedTopic,
                rejectedTopic,
                groupId,
                transactionalIdPrefix,
                transactionTimeout,
                checkpointInterval,
                dir,
                restoreFrom,
                newParallelism,
                dedupTtl,
                minTextChars,
                maxTextChars,
                maxRecordBytes,
                kafkaProperties,
                kafkaSecurity,
                resumeLatest,
                local,
                help);
    }

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    /** Parses {@code 500ms}, {@code 10s}, {@code 15m}, {@code 2h}, {@code 7d} or ISO-8601 ({@code PT10S}). */
    static Duration duration(String value) {
        Matcher m = SIMPLE_DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration (e.g. 500ms, 10s, 15m, 2h, 7d, PT10S)");
        }
    }

    private static Option byKey(String key) {
        for (Option option : Option.values()) {
            if (option.key.equals(key)) {
                return option;
            }
        }
        throw new IllegalArgumentException("unknown option --" + key + " (see --help)");
    }

    private static String text(Map<Option, String> values, Option option) {
        String value = values.get(option);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option.describe() + " must not be empty");
        }
        return value;
    }

    private static String optional(Map<Option, String> values, Option option) {
        String value = values.get(option);
        return value == null || value.isBlank() ? null : value;
    }

    private static boolean bool(Map<Option, String> values, Option option) {
        String value = values.get(option).toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(option.describe() + " must be true or false but was '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static <T> T parsed(Map<Option, String> values, Option option, Function<String, T> parser) {
        String value = text(values, option);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option.describe() + " '" + value + "': " + e.getMessage(), e);
        }
    }

    private static void requirePositive(Duration value, Option option) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(option.describe() + " must be positive");
        }
    }
}
