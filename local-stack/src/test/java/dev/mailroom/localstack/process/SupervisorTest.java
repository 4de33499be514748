package dev.mailroom.localstack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisorTest {

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();

    private Part part(String name, HealthCheck health, String script) {
        return new Part(
                name,
                List.of("sh", "-c", script),
                Map.of("GREETING", "hello"),
                dir,
                List.of(),
                health,
                Duration.ofSeconds(5));
    }

    private static HealthCheck always(boolean value) {
        return new HealthCheck() {
            @Override
            public boolean ready() {
                return value;
            }

            @Override
            public String describe() {
                return "always " + value;
            }
        };
    }

    @Test
    void partThatExitsBeforeReadyFailsWithItsLogTail() {
        try (Supervisor supervisor = new Supervisor(dir.resolve("logs"), progress::add)) {
            assertThatThrownBy(() -> supervisor.start(
                            part("broken", always(false), "echo \"$GREETING from broken\"; echo boom; exit 3")))
                    .isInstanceOfSatisfying(PartFailedException.class, e -> {
                        assertThat(e.part()).isEqualTo("broken");
                        assertThat(e.getMessage()).contains("exited with code 3 before it was ready");
                        assertThat(e.logTail()).endsWith("hello from broken", "boom");
                        assertThat(e.log()).isEqualTo(dir.resolve("logs/broken.log"));
                    });
            assertThat(supervisor.runningParts()).isEmpty();
        }
    }

    @Test
    void partThatIsNeverReadyIsStoppedAfterItsTimeout() {
        try (Supervisor supervisor = new Supervisor(dir.resolve("logs"), progress::add)) {
            Part slow = new Part(
                    "slow",
                    List.of("sh", "-c", "echo waiting; exec sleep 60"),
                    Map.of(),
                    dir,
                    List.of(),
                    always(false),
                    Duration.ofMillis(600));
            assertThatThrownBy(() -> supervisor.start(slow)).isInstanceOfSatisfying(PartFailedException.class, e -> {
                assertThat(e.getMessage()).contains("not ready after").contains("always false");
                assertThat(e.logTail()).contains("waiting");
            });
            assertThat(supervisor.runningParts()).isEmpty();
        }
    }

    @Test
    void partsStartInOrderOnlyWhenHealthyAndStopInReverseWithTheirChildren() throws Exception {
        AtomicInteger probes = new AtomicInteger();
        HealthCheck readyOnThirdProbe = new HealthCheck() {
            @Override
            public boolean ready() {
                return probes.incrementAndGet() >= 3;
            }

            @Override
            public String describe() {
                return "third probe";
            }
        };
        Supervisor supervisor = new Supervisor(dir.resolve("logs"), progress::add);
        // the shell forks a grandchild: stopping must reach it too
        supervisor.start(part("first", readyOnThirdProbe, "sleep 60 & echo $! > first.child; wait"));
        supervisor.start(part("second", always(true), "exec sleep 60"));
        assertThat(probes.get()).isEqualTo(3);
        assertThat(supervisor.runningParts()).containsExactly("first", "second");
        long grandchild = awaitPid(dir.resolve("first.child"));
        assertThat(ProcessHandle.of(grandchild))
                .hasValueSatisfying(h -> assertThat(h.isAlive()).isTrue());

        supervisor.close();

        assertThat(supervisor.runningParts()).isEmpty();
        assertThat(exited(grandchild)).as("grandchild %d stopped", grandchild).isTrue();
        assertThat(progress)
                .filteredOn(line -> line.startsWith("stopping"))
                .containsExactly("stopping second", "stopping first");
        assertThat(supervisor.awaitUnexpectedExit(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void aPartDyingLaterIsReportedAsUnexpectedExit() throws Exception {
        try (Supervisor supervisor = new Supervisor(dir.resolve("logs"), progress::add)) {
            supervisor.start(part("flaky", always(true), "sleep 0.3; echo crashed; exit 7"));
            PartFailedException failure =
                    supervisor.awaitUnexpectedExit(Duration.ofSeconds(10)).orElseThrow();
            assertThat(failure.part()).isEqualTo("flaky");
            assertThat(failure.getMessage()).contains("exited unexpectedly with code 7");
            assertThat(failure.logTail()).contains("crashed");
        }
    }

    @Test
    void takenPortIsRefusedNamingThePart() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Part needsIt = new Part(
                    "kafka",
                    List.of("true"),
                    Map.of(),
                    dir,
                    List.of(taken.getLocalPort()),
                    always(true),
                    Duration.ofSeconds(1));
            assertThatThrownBy(() -> Ports.requireFree(List.of(needsIt)))
                    .isInstanceOfSatisfying(PortInUseException.class, e -> {
                        assertThat(e.part()).isEqualTo("kafka");
                        assertThat(e.port()).isEqualTo(taken.getLocalPort());
                        assertThat(e.getMessage()).contains("already in use");
                    });
        }
    }

    private static boolean exited(long pid) throws Exception {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return true;
        }
        try {
            handle.get().onExit().get(10, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static long awaitPid(Path file) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                String text = Files.readString(file).trim();
                if (!text.isEmpty()) {
                    return Long.parseLong(text);
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no pid written to " + file);
    }
}
