package dev.mailroom.localstack;

import dev.mailroom.localstack.kafka.BrokerCheck;
import dev.mailroom.localstack.kafka.BrokerMain;
import dev.mailroom.localstack.kafka.BrokerSettings;
import dev.mailroom.localstack.process.HttpCheck;
import dev.mailroom.localstack.process.JavaCommand;
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
                    case ROUTER -> options.ports().router();
                    default -> throw new IllegalArgumentException(module);
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
        Path jar = options.jarOf(module);
        URI base = baseUrl(module);
        List<String> args = new ArrayList<>();
        if (ROUTER.equals(module)) {
            args.addAll(List.of("--local", "--bootstrap-servers", bootstrapServers()));
            return new Part(
                    module,
                    JavaCommand.jar(jar).heap("768m").args(args).toCommand(),
                    s3Environment(),
                    options.dataDirectory(),
                    List.of(options.ports().router()),
                    new TcpCheck("127.0.0.1", options.ports().router()),
                    Duration.ofSeconds(120));
        }
        args.addAll(springArguments(base.getPort()));
        args.addAll(moduleArguments(module));
        return new Part(
                module,
                JavaCommand.jar(jar).heap("768m").args(args).toCommand(),
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
                "--mailroom.registry.uri=s3://" + StackOptions.BUCKET);
    }

    private List<String> moduleArguments(String module) {
        return switch (module) {
            case TRAINING -> List.of("--mailroom.training.api-key=" + StackOptions.TRAINING_API_KEY);
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
