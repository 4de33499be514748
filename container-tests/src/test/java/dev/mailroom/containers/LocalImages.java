package dev.mailroom.containers;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The images of docker/, built once per test JVM by {@code docker/build-images.sh} from the jars this reactor
 * packaged, on the base image made on this machine (cached by podman between builds).
 */
final class LocalImages {

    private static final Logger log = LoggerFactory.getLogger(LocalImages.class);

    /** Tag the test builds and runs. */
    static final String TAG = "it";

    private static boolean built;

    private LocalImages() {}

    /** The image of {@code name} (ingest-service, classifier-service, training-service, flink-router). */
    static String image(String name) {
        return "localhost/mailroom/" + name + ":" + TAG;
    }

    /**
     * Builds every image unless this JVM already did; skips the calling test, loudly, where podman is missing (CI
     * installs it: .ci/run).
     */
    static synchronized void ensureBuilt() {
        boolean podman = Podman.available();
        if (!podman) {
            log.warn("\n\n**********************************************************************\n"
                    + "** podman is not installed: the container tests are SKIPPED.        **\n"
                    + "** Install it as .ci/run does (podman buildah runc debootstrap ...). **\n"
                    + "**********************************************************************\n");
        }
        assumeTrue(podman, "podman is not installed: container tests skipped (see .ci/run)");
        if (built) {
            return;
        }
        Path root = repositoryRoot();
        long start = System.nanoTime();
        Podman.Result result =
                Podman.exec(List.of("bash", "docker/build-images.sh", "--tag", TAG), Duration.ofMinutes(20), root);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("docker/build-images.sh failed:\n" + result.output());
        }
        log.info(
                "images built in {} s:\n{}",
                Duration.ofNanos(System.nanoTime() - start).toSeconds(),
                result.output().strip());
        built = true;
    }

    /** The repository root: the first parent of the working directory holding docker/build-images.sh. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docker/build-images.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no docker/build-images.sh above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
