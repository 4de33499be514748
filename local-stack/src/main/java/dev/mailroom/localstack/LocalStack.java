package dev.mailroom.localstack;

import dev.mailroom.localstack.kafka.TopicSetup;
import dev.mailroom.localstack.process.Part;
import dev.mailroom.localstack.process.Ports;
import dev.mailroom.localstack.process.Supervisor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The whole pipeline on this machine: starts every part as a child process in order (each healthy
 * before the next), creates the topics and the bucket, and stops everything on {@link #close()}.
 */
public final class LocalStack implements AutoCloseable {

    private final StackOptions options;
    private final Console console;
    private final StackPlan plan;
    private final Supervisor supervisor;

    /** A stack that is not started yet. */
    public LocalStack(StackOptions options, Console console) {
        this.options = options;
        this.console = console;
        this.plan = new StackPlan(options);
        this.supervisor = new Supervisor(options.logDirectory(), console::step);
    }

    /**
     * Starts every part.
     *
     * @throws dev.mailroom.localstack.process.PortInUseException when a port is taken (nothing started)
     * @throws dev.mailroom.localstack.process.PartFailedException when a part fails (it is stopped;
     *     call {@link #close()} to stop the others)
     * @throws MissingPartException when a module's jar is not built and all parts are required
     */
    public void start() {
        start(part -> {});
    }

    /**
     * Starts every part, calling {@code afterReady} with each part's name once it is ready and before
     * the next one starts (the walkthrough trains a first model after training-service, before the
     * classifier, which is ready only with a model).
     *
     * @see #start()
     */
    public void start(Consumer<String> afterReady) {
        List<String> missing = plan.missingModules();
        if (!missing.isEmpty()) {
            if (options.requireAllParts()) {
                throw new MissingPartException(
                        missing.stream().map(options::jarOf).toList());
            }
            missing.forEach(m -> console.warn(
                    "skipping " + m + ": " + options.jarOf(m) + " is not built (mvn -B -ntp -q install -DskipTests)"));
        }
        List<Part> parts = plan.parts();
        Ports.requireFree(parts);
        if (options.clean()) {
            deleteRecursively(options.dataDirectory());
            console.step("removed " + options.dataDirectory());
        }
        createDirectories(options.dataDirectory(), options.logDirectory(), options.inbox());
        for (Part part : parts) {
            supervisor.start(part);
            if (StackPlan.KAFKA.equals(part.name())) {
                Map<String, Integer> topics = TopicSetup.ensureTopics(plan.bootstrapServers(), options.partitions());
                console.step("topics " + topics);
            }
            afterReady.accept(part.name());
        }
    }

    /** The options this stack runs with. */
    public StackOptions options() {
        return options;
    }

    /** Kafka bootstrap servers. */
    public String bootstrapServers() {
        return plan.bootstrapServers();
    }

    /** The S3 API endpoint. */
    public URI s3Endpoint() {
        return plan.s3Endpoint();
    }

    /** Base URL of a service module, e.g. {@code http://127.0.0.1:8081} for {@code ingest-service}. */
    public URI baseUrl(String module) {
        return plan.baseUrl(module);
    }

    /** The supervisor of the child processes. */
    public Supervisor supervisor() {
        return supervisor;
    }

    /** Stops every part, in reverse start order. */
    @Override
    public void close() {
        supervisor.close();
    }

    private static void createDirectories(Path... directories) {
        try {
            for (Path directory : directories) {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + directory, e);
        }
    }
}
