package dev.mailroom.localstack.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One part of the stack run as a child process.
 *
 * @param name short name, also the log file name ({@code <logs>/<name>.log})
 * @param command the full command line (program first)
 * @param environment extra environment variables for the child
 * @param workingDirectory the child's working directory
 * @param ports the TCP ports the part listens on (checked free before anything starts)
 * @param health the readiness probe; the next part starts only after it succeeds
 * @param startTimeout how long the part may take to become ready
 */
public record Part(
        String name,
        List<String> command,
        Map<String, String> environment,
        Path workingDirectory,
        List<Integer> ports,
        HealthCheck health,
        Duration startTimeout) {

    public Part {
        Objects.requireNonNull(name, "name");
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        ports = List.copyOf(ports);
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("part " + name + " has no command");
        }
    }
}
