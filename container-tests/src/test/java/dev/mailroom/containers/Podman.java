package dev.mailroom.containers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** The podman command line, as CI runs it (runc, host network; ../shared/CONTAINERS.md). */
final class Podman {

    private Podman() {}

    /** Whether podman is installed and answers. */
    static boolean available() {
        try {
            return exec(List.of("podman", "--version"), Duration.ofSeconds(30)).exitCode() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Runs {@code podman args...}; fails with its output unless it exits 0. */
    static String podman(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add("podman");
        command.addAll(List.of(args));
        Result result = exec(command, timeout);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(
                    String.join(" ", command) + " exited " + result.exitCode() + ":\n" + result.output());
        }
        return result.output().strip();
    }

    /** Runs a command with stderr merged into stdout; a timeout kills it. */
    static Result exec(List<String> command, Duration timeout) {
        return exec(command, timeout, null);
    }

    /** Runs a command in {@code directory} (null: the current one). */
    static Result exec(List<String> command, Duration timeout, Path directory) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            Process process = builder.start();
            // drain while waiting: a full pipe would block the child
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    output.append("(output lost: ").append(e.getMessage()).append(')');
                }
            });
            reader.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                reader.join(5_000);
                throw new IllegalStateException(
                        String.join(" ", command) + " did not finish in " + timeout + ":\n" + output);
            }
            reader.join();
            return new Result(process.exitValue(), output.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** Exit code and merged output of a finished command. */
    record Result(int exitCode, String output) {}

    /**
     * Starts {@code image} detached on the host network as {@code name} (an old container of that name is removed
     * first) with exactly {@code environment}.
     */
    static Container run(String name, String image, Map<String, String> environment, List<String> volumes) {
        exec(List.of("podman", "rm", "-f", "-t", "0", name), Duration.ofSeconds(60));
        List<String> args = new ArrayList<>(List.of("run", "-d", "--network=host", "--name", name));
        new TreeMap<>(environment).forEach((key, value) -> {
            args.add("-e");
            args.add(key + "=" + value);
        });
        for (String volume : volumes) {
            args.add("-v");
            args.add(volume);
        }
        args.add(image);
        long started = System.nanoTime();
        podman(Duration.ofMinutes(2), args.toArray(String[]::new));
        return new Container(name, started);
    }

    /** A running container; {@link #close()} removes it. */
    record Container(String name, long startedNanos) implements AutoCloseable {

        /** Runs a command inside the container. */
        Result exec(String... command) {
            List<String> args = new ArrayList<>(List.of("podman", "exec", name));
            args.addAll(List.of(command));
            return Podman.exec(args, Duration.ofMinutes(2));
        }

        /** Runs the image's HEALTHCHECK once; true when it passes. */
        boolean healthy() {
            return Podman.exec(List.of("podman", "healthcheck", "run", name), Duration.ofMinutes(1))
                            .exitCode()
                    == 0;
        }

        /** Whether the container's process still runs. */
        boolean running() {
            return "true".equals(podman(Duration.ofSeconds(30), "inspect", "--format", "{{.State.Running}}", name));
        }

        /** The container's output so far (for failure messages). */
        String logs() {
            return Podman.exec(List.of("podman", "logs", name), Duration.ofSeconds(30))
                    .output();
        }

        /** Memory in use as {@code podman stats} reports it, e.g. {@code 612.3MB / 25.28GB}. */
        String memoryUsage() {
            return podman(Duration.ofSeconds(60), "stats", "--no-stream", "--format", "{{.MemUsage}}", name);
        }

        @Override
        public void close() {
            Podman.exec(List.of("podman", "rm", "-f", "-t", "10", name), Duration.ofMinutes(1));
        }
    }
}
