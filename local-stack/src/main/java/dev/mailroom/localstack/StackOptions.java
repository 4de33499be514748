package dev.mailroom.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the local stack runs and where.
 *
 * @param root the repository root (service jars are {@code <root>/<module>/target/<module>.jar})
 * @param dataDirectory where every part keeps its data and logs ({@code ./.mailroom}), kept across restarts
 * @param clean remove {@code dataDirectory} before starting
 * @param ports the ports of every part
 * @param partitions partitions of each mailroom topic
 * @param demoDocuments documents fed to the inbox after start (0: no demo)
 * @param once stop the stack after the demo instead of running until Ctrl-C
 * @param requireAllParts fail instead of skipping a part whose jar has not been built
 * @param registryUri the model registry of the services ({@code s3://mailroom} on the local S3 API, or
 *     {@code file:/abs/path})
 * @param extraArguments additional command-line arguments per module (tests: IMAP mailbox settings)
 */
public record StackOptions(
        Path root,
        Path dataDirectory,
        boolean clean,
        StackPorts ports,
        int partitions,
        int demoDocuments,
        boolean once,
        boolean requireAllParts,
        String registryUri,
        Map<String, List<String>> extraArguments) {

    /** Local S3 credentials; the services read them from the environment like real AWS ones. */
    public static final String S3_ACCESS_KEY = "mailroom-local";

    /** Local S3 secret. */
    public static final String S3_SECRET_KEY = "mailroom-local-secret";

    /** The bucket of raw documents and models. */
    public static final String BUCKET = "mailroom";

    /** The region clients sign for. */
    public static final String REGION = "us-east-1";

    /**
     * The API key of the local services: the default client of their {@code local} profile, with every role
     * (service-support; refused outside that profile).
     */
    public static final String API_KEY = "mailroom-local-key";

    public StackOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(ports, "ports");
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1");
        }
        Objects.requireNonNull(registryUri, "registryUri");
        extraArguments = Map.copyOf(extraArguments);
        if (demoDocuments < 0) {
            throw new IllegalArgumentException("--demo must not be negative");
        }
    }

    /** The command-line usage. */
    static List<String> usage() {
        return List.of(
                "usage: mailroom local [options]",
                "  --clean              remove ./.mailroom (all local data: topics, objects, models, logs) first",
                "  --data-dir DIR       where data and logs live (default ./.mailroom)",
                "  --demo N             documents fed to the inbox after start (default 14, 0 for none)",
                "  --once               stop after the demo instead of running until Ctrl-C",
                "  --partitions N       partitions of each topic (default 3)",
                "  --registry-uri URI   model registry of the services (default s3://mailroom; or file:/abs/dir)",
                "  --kafka-port P       Kafka client port (default 9092; controller uses --kafka-controller-port, 9093)",
                "  --s3-port P          S3 API port (default 9000)",
                "  --ingest-port P      ingest-service port (default 8081)",
                "  --classifier-port P  classifier-service port (default 8082)",
                "  --training-port P    training-service port (default 8083)",
                "  --allow-missing      skip parts whose jar is not built instead of refusing to start",
                "  --help               this text");
    }

    /** Parses command-line arguments; {@code null} means help was asked for. */
    static StackOptions parse(List<String> arguments, Path workingDirectory) {
        Deque<String> args = new ArrayDeque<>(arguments);
        Path dataDirectory = workingDirectory.resolve(".mailroom");
        boolean clean = false;
        boolean once = false;
        boolean requireAll = true;
        int partitions = 3;
        int demo = 14;
        StackPorts ports = StackPorts.defaults();
        String registry = "s3://" + BUCKET;
        while (!args.isEmpty()) {
            String arg = args.pop();
            switch (arg) {
                case "local" -> {
                    // the launcher's sub-command; accepted for `java -jar local-stack.jar local`
                }
                case "--help", "-h" -> {
                    return null;
                }
                case "--clean" -> clean = true;
                case "--once" -> once = true;
                case "--allow-missing" -> requireAll = false;
                case "--data-dir" -> dataDirectory = workingDirectory.resolve(value(args, arg));
                case "--demo" -> demo = number(args, arg);
                case "--partitions" -> partitions = number(args, arg);
                case "--registry-uri" -> registry = value(args, arg);
                case "--kafka-port" -> ports = ports.withKafka(number(args, arg));
                case "--kafka-controller-port" -> ports = ports.withKafkaController(number(args, arg));
                case "--s3-port" -> ports = ports.withS3(number(args, arg));
                case "--ingest-port" -> ports = ports.withIngest(number(args, arg));
                case "--classifier-port" -> ports = ports.withClassifier(number(args, arg));
                case "--training-port" -> ports = ports.withTraining(number(args, arg));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        return new StackOptions(
                repositoryRoot(workingDirectory),
                dataDirectory.normalize(),
                clean,
                ports,
                partitions,
                demo,
                once,
                requireAll,
                registry,
                Map.of());
    }

    private static String value(Deque<String> args, String option) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.pop();
    }

    private static int number(Deque<String> args, String option) {
        String value = value(args, option);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
    }

    /** The repository root: the working directory, or the nearest parent holding the reactor POM. */
    static Path repositoryRoot(Path workingDirectory) {
        for (Path dir = workingDirectory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("local-stack")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return workingDirectory.toAbsolutePath();
    }

    /** The executable jar of a module, {@code <root>/<module>/target/<module>.jar}. */
    public Path jarOf(String module) {
        return root.resolve(module).resolve("target").resolve(module + ".jar");
    }

    /** The directory holding the part logs. */
    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    /** The inbox folder ingest-service watches. */
    public Path inbox() {
        return dataDirectory.resolve("inbox");
    }
}
