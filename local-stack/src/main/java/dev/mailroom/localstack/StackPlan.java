package dev.mailroom.localstack;

import dev.mailroom.localstack.kafka.BrokerCheck;
import dev.mailroom.localstack.kafka.BrokerMain;
import dev.mailroom.localstack.kafka.BrokerSettings;
import dev.mailroom.localstack.process.HttpCheck;
import dev.mailroom.localstack.process.JavaCommand;
import dev.mailroom.localstack.process.LogLineCheck;
import dev.mailroom.localstack.process.Part;
import dev.mailroom.localstack.process.TcpCheck;
import dev.mailroom.localstack.s3.S3ServerMain;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The parts of the stack in start order, each with its command line, ports and health check. */
final class StackPlan {

    static final String KAFKA = "kafka";
    static final String S3 = "s3";
    static final String ROUTER = "flink-router";
    static final String INGEST = "ingest-service";
    static final String CLASSIFIER = "classifier-service";
    static final String TRAINING = "training-service";

    /** The modules whose executable jars the stack runs, in start order. */
    static final List<String> MODULES = List.of(ROUTER, TRAINING, CLASSIFIER, INGEST);

    private final StackOptions options;

    StackPlan(StackOptions options) {
        this.options = options;
    }

    /** The parts whose jars exist (or all, when {@link StackOptions#requireAllParts()}), in start order. */
    List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        parts.add(kafkaPart());
        parts.add(s3Part());
        for (String module : MODULES) {
            if (options.requireAllParts() || Files.isRegularFile(options.jarOf(module))) {
                parts.add(service(module));
            }
        }
        return parts;
    }

    /** Modules whose jar is missing. */
    List<String> missingModules() {
        return MODULES.stream()
                .filter(m -> !Files.isRegularFile(options.jarOf(m)))
                .toList();
    }

    BrokerSettings brokerSettings() {
        StackPorts ports = options.ports();
        return new BrokerSettings(
                options.dataDirectory().resolve("kafka"), ports.kafka(), ports.kafkaController(), options.partitions());
    }

    String bootstrapServers() {
        return brokerSettings().bootstrapServers();
    }

    URI s3Endpoint() {
        return URI.create("http://127.0.0.1:" + options.ports().s3());
    }

    URI baseUrl(String module) {
        int port =
                switch (module) {
                    case INGEST -> options.ports().ingest();
                    case CLASSIFIER -> options.ports().classifier();
                    case TRAINING -> options.ports().training();
                    default -> throw new IllegalArgumentException(module + " has no HTTP port");
                };
        return URI.create("http://127.0.0.1:" + port);
    }

    Part kafkaPart() {
        BrokerSettings settings = brokerSettings();
        List<String> command = JavaCommand.mainClass(JavaCommand.currentClasspath(), BrokerMain.class.getName())
                .heap("512m")
                .systemProperty("mailroom.log.level", "INFO")
                .args(
                        settings.logDirectory().toAbsolutePath().toString(),
                        Integer.toString(settings.port()),
                        Integer.toString(settings.controllerPort()),
                        Integer.toString(settings.defaultPartitions()))
                .toCommand();
        return new Part(
                KAFKA,
                command,
                Map.of(),
                options.dataDirectory(),
                List.of(settings.port(), settings.controllerPort()),
                new BrokerCheck(settings.bootstrapServers()),
                Duration.ofSeconds(90));
    }

    Part s3Part() {
        int port = options.ports().s3();
        List<String> command = JavaCommand.mainClass(JavaCommand.currentClasspath(), S3ServerMain.class.getName())
                .heap("256m")
                .systemProperty("mailroom.log.level", "INFO")
                .args(
                        options.dataDirectory().resolve("s3").toAbsolutePath().toString(),
                        Integer.toString(port),
                        StackOptions.BUCKET)
                .toCommand();
        return new Part(
                S3,
                command,
                s3Environment(),
                options.dataDirectory(),
                List.of(port),
                new TcpCheck("127.0.0.1", port),
                Duration.ofSeconds(60));
    }

    private Part service(String module) {
        return ROUTER.equals(module) ? router() : springService(module);
    }

    private Part router() {
        Path checkpoints =
                options.dataDirectory().resolve("router").resolve("checkpoints").toAbsolutePath();
        List<String> command = JavaCommand.jar(options.jarOf(ROUTER))
                .heap("768m")
                .args(
                        "--local",
                        "--bootstrap-servers",
                        bootstrapServers(),
                        "--checkpoint-dir",
                        checkpoints.toUri().toString(),
                        // keep the de-duplication memory across restarts of the stack
                        "--resume-latest",
                        // output becomes visible to read_committed consumers at each checkpoint
                        "--checkpoint-interval",
                        "2s")
                .toCommand();
        return new Part(
                ROUTER,
                command,
                s3Environment(),
                options.dataDirectory(),
                List.of(),
                // the job has no port of its own on a MiniCluster: its tasks report RUNNING in its log
                new LogLineCheck(
                        options.logDirectory().resolve(ROUTER + ".log"),
                        Pattern.compile("switched from (INITIALIZING|DEPLOYING) to RUNNING")),
                Duration.ofSeconds(120));
    }

    private Part springService(String module) {
        URI base = baseUrl(module);
        List<String> args = new ArrayList<>(springArguments(base.getPort()));
        args.addAll(moduleArguments(module));
        // every S3 call, as the IAM action a task role must grant: deploy's RecordedAccessMatchesPoliciesTest
        // checks these lines against the synthesised roles (service-support README, "AWS access log")
        args.add("--mailroom.aws.access-log="
                + options.dataDirectory()
                        .resolve("aws-access")
                        .resolve(module + ".jsonl")
                        .toAbsolutePath());
        args.addAll(options.extraArguments().getOrDefault(module, List.of()));
        return new Part(
                module,
                JavaCommand.jar(options.jarOf(module)).heap("768m").args(args).toCommand(),
                s3Environment(),
                options.dataDirectory(),
                List.of(base.getPort()),
                new HttpCheck(base.resolve("/actuator/health/readiness")),
                Duration.ofSeconds(180));
    }

    private List<String> springArguments(int port) {
        return List.of(
                "--server.port=" + port,
                "--spring.profiles.active=local",
                "--spring.kafka.bootstrap-servers=" + bootstrapServers(),
                "--mailroom.s3.endpoint=" + s3Endpoint(),
                "--mailroom.s3.region=" + StackOptions.REGION,
                "--mailroom.s3.bucket=" + StackOptions.BUCKET,
                "--mailroom.s3.path-style-access=true",
                "--mailroom.registry.uri=" + options.registryUri());
    }

    private List<String> moduleArguments(String module) {
        return switch (module) {
            case TRAINING ->
                List.of(
                        // the walkthrough trains from files it writes there (the service reads only under its roots)
                        "--mailroom.training.dataset-roots="
                                + options.dataDirectory().resolve("datasets").toAbsolutePath());
            case CLASSIFIER -> List.of("--mailroom.classifier.model.refresh-interval=5s");
            case INGEST ->
                List.of(
                        "--mailroom.ingest.folder.enabled=true",
                        "--mailroom.ingest.folder.path=" + options.inbox().toAbsolutePath());
            default -> List.of();
        };
    }

    Map<String, String> s3Environment() {
        return Map.of(
                "AWS_ACCESS_KEY_ID", StackOptions.S3_ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", StackOptions.S3_SECRET_KEY,
                "AWS_REGION", StackOptions.REGION);
    }
}
