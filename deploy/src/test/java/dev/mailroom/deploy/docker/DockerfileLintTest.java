package dev.mailroom.deploy.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.deploy.repo.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DockerfileLintTest {

    static Stream<Path> dockerfiles() throws IOException {
        return Files.list(Repo.root().resolve("docker"))
                .filter(file -> file.getFileName().toString().endsWith(".Dockerfile"))
                .sorted();
    }

    @Test
    void thereIsOneDockerfilePerServiceAndForTheFlinkJob() throws IOException {
        assertThat(dockerfiles().map(file -> file.getFileName().toString()))
                .containsExactly(
                        "classifier-service.Dockerfile",
                        "flink-router.Dockerfile",
                        "ingest-service.Dockerfile",
                        "training-service.Dockerfile");
    }

    @ParameterizedTest
    @MethodSource("dockerfiles")
    void projectDockerfilesBreakNoRule(Path file) throws IOException {
        assertThat(DockerfileLint.check(Dockerfile.read(file))).isEmpty();
    }

    private static final String GOOD = String.join(
            "\n",
            "ARG BASE=eclipse-temurin:17-jre-noble",
            "FROM ${BASE} AS build",
            "COPY app.jar /app.jar",
            "FROM ${BASE}",
            "RUN apt-get update \\",
            " && apt-get install -y --no-install-recommends curl \\",
            " && rm -rf /var/lib/apt/lists/*",
            "COPY --from=build /app.jar /app.jar",
            "USER 10001",
            "HEALTHCHECK CMD curl -fsS http://localhost:8080/ || exit 1",
            "ENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]",
            "");

    @Test
    void aCleanDockerfilePasses() {
        assertThat(DockerfileLint.check(Dockerfile.parse("good", GOOD))).isEmpty();
    }

    /** Each row breaks exactly one rule of the clean file above. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " :: ",
            textBlock =
                    """
            ARG BASE=eclipse-temurin:17-jre-noble :: ARG BASE=eclipse-temurin :: pinned-base-image
            ARG BASE=eclipse-temurin:17-jre-noble :: ARG BASE=eclipse-temurin:latest :: pinned-base-image
            USER 10001 :: USER root :: non-root-user
            USER 10001 :: USER 0:0 :: non-root-user
            USER 10001 :: LABEL user=none :: non-root-user
            HEALTHCHECK CMD curl -fsS http://localhost:8080/ || exit 1 :: HEALTHCHECK NONE :: healthcheck
            COPY app.jar /app.jar :: ADD https://example.com/app.jar /app.jar :: no-remote-add
            ENTRYPOINT ["java", "-jar", "/app.jar"] :: ENTRYPOINT java -jar /app.jar :: exec-form-entrypoint
            && apt-get install -y --no-install-recommends curl \\ :: && apt-get install -y curl \\ :: apt-hygiene
            USER 10001 :: ENV DB_PASSWORD=hunter2 :: no-secrets-in-env
            """)
    void eachRuleCatchesItsMistake(String original, String replacement, String rule) {
        String broken = GOOD.replace(original.strip(), replacement.strip());
        assertThat(broken).isNotEqualTo(GOOD);
        List<DockerfileLint.Violation> violations = DockerfileLint.check(Dockerfile.parse("broken", broken));
        assertThat(violations).extracting(DockerfileLint.Violation::rule).contains(rule);
    }
}
