package dev.mailroom.localstack.process;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Starts parts as child processes one after the other, each only after the previous one is healthy,
 * watches them, and stops them in reverse order (descendants included). Every part logs to
 * {@code <logDirectory>/<part>.log}.
 */
public final class Supervisor implements AutoCloseable {

    /** Lines of a failed part's log handed to the operator. */
    public static final int TAIL_LINES = 40;

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration EXIT_GRACE = Duration.ofSeconds(2);

    private final Path logDirectory;
    private final Consumer<String> progress;
    private final Deque<Running> running = new ConcurrentLinkedDeque<>();
    private final CompletableFuture<PartFailedException> unexpectedExit = new CompletableFuture<>();
    private volatile boolean stopping;

    /** A supervisor logging parts under {@code logDirectory}, reporting steps to {@code progress}. */
    public Supervisor(Path logDirectory, Consumer<String> progress) {
        this.logDirectory = logDirectory;
        this.progress = progress;
    }

    /**
     * Starts {@code part} and waits until its health check passes.
     *
     * @throws PartFailedException when it exits or is not ready in time (the part is then stopped)
     */
    public void start(Part part) {
        if (stopping) {
            throw new IllegalStateException("supervisor is stopping");
        }
        Path log = logOf(part.name());
        Process process;
        try {
            Files.createDirectories(logDirectory);
            Files.writeString(log, "# " + String.join(" ", part.command()) + System.lineSeparator());
            ProcessBuilder builder = new ProcessBuilder(part.command())
                    .directory(part.workingDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile()));
            builder.environment().putAll(part.environment());
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new PartFailedException(part.name(), "cannot start: " + e.getMessage(), log, List.of());
        }
        Running started = new Running(part, process, log);
        long begin = System.nanoTime();
        progress.accept("starting " + part.name() + " (pid " + process.pid() + ", log " + log + ")");
        try {
            awaitReady(started);
        } catch (PartFailedException e) {
            stop(started);
            throw e;
        }
        running.push(started);
        // Ctrl-C in a terminal signals the whole process group: the children may exit a moment before
        // the shutdown hook marks the stack as stopping, so an exit is judged a little later
        process.onExit()
                .thenAcceptAsync(
                        p -> {
                            if (!stopping) {
                                unexpectedExit.complete(new PartFailedException(
                                        part.name(),
                                        "exited unexpectedly with code " + p.exitValue(),
                                        log,
                                        LogTail.withoutStackFrames(log, TAIL_LINES)));
                            }
                        },
                        CompletableFuture.delayedExecutor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS));
        long millis = Duration.ofNanos(System.nanoTime() - begin).toMillis();
        progress.accept(part.name() + " is ready (" + part.health().describe() + ", " + millis + " ms)");
    }

    private void awaitReady(Running started) {
        Part part = started.part();
        long deadline = System.nanoTime() + part.startTimeout().toNanos();
        try {
            while (true) {
                if (!started.process().isAlive()) {
                    throw failed(
                            started, "exited with code " + started.process().exitValue() + " before it was ready");
                }
                if (part.health().ready()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw failed(
                            started,
                            "not ready after " + part.startTimeout().toSeconds() + " s ("
                                    + part.health().describe() + ")");
                }
                started.process().waitFor(250, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(started, "interrupted while waiting for it to be ready");
        }
    }

    private static PartFailedException failed(Running running, String message) {
        return new PartFailedException(
                running.part().name(), message, running.log(), LogTail.withoutStackFrames(running.log(), TAIL_LINES));
    }

    /** The log file of a part. */
    public Path logOf(String partName) {
        return logDirectory.resolve(partName + ".log");
    }

    /** The process id of a running part. */
    public OptionalLong pid(String partName) {
        return running.stream()
                .filter(r -> r.part().name().equals(partName))
                .mapToLong(r -> r.process().pid())
                .findFirst();
    }

    /** Whether {@link #close()} has begun. */
    public boolean stopping() {
        return stopping;
    }

    /** Names of the running parts, in start order. */
    public List<String> runningParts() {
        List<String> names = new ArrayList<>();
        running.descendingIterator().forEachRemaining(r -> names.add(r.part().name()));
        return names;
    }

    /**
     * Blocks until a started part exits on its own, or {@code timeout} passes.
     *
     * @return the failure, or empty when nothing failed within the timeout
     */
    public Optional<PartFailedException> awaitUnexpectedExit(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(unexpectedExit.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops every running part in reverse start order; idempotent and safe from a shutdown hook. */
    @Override
    public synchronized void close() {
        stopping = true;
        Running next;
        while ((next = running.poll()) != null) {
            progress.accept("stopping " + next.part().name());
            stop(next);
        }
    }

    private static void stop(Running running) {
        Process process = running.process();
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private record Running(Part part, Process process, Path log) {}
}
