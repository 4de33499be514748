package dev.mailroom.deploy.taskdef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.deploy.repo.EcsJson;
import dev.mailroom.deploy.spec.ServiceCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.LogDriver;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.TransportProtocol;

class TaskDefinitionFilesTest {

    /** deploy/ecs, relative to the module directory surefire runs in. */
    static final Path ECS = Path.of("ecs");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");

    @Test
    void committedFilesAreWhatTheCatalogRendersToday() throws IOException {
        Map<String, String> rendered = TaskDefinitionRenderer.renderAll();
        TreeSet<String> committed;
        try (Stream<Path> files = Files.list(ECS)) {
            committed = files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(committed)
                .as("deploy/ecs holds exactly the rendered files")
                .containsExactlyElementsOf(new TreeSet<>(rendered.keySet()));
        rendered.forEach((name, json) -> assertThat(read(name))
                .as("deploy/ecs/%s is stale: run `mvn -pl deploy exec:java` and commit the result", name)
                .isEqualTo(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {ServiceCatalog.INGEST, ServiceCatalog.CLASSIFIER, ServiceCatalog.TRAINING})
    void fileIsAValidRegisterTaskDefinitionRequest(String service) throws IOException {
        RegisterTaskDefinitionRequest request = EcsJson.parse(read(service + ".json"));

        assertThat(request.family()).isEqualTo("mailroom-" + service);
        assertThat(request.networkMode()).isEqualTo(NetworkMode.AWSVPC);
        assertThat(request.requiresCompatibilities()).containsExactly(Compatibility.FARGATE);
        assertThat(request.cpu()).isNotBlank();
        assertThat(request.memory()).isNotBlank();
        assertThat(request.taskRoleArn()).startsWith("arn:aws:iam::").endsWith(":role/mailroom-" + service + "-task");
        assertThat(request.executionRoleArn()).endsWith(":role/mailroom-" + service + "-execution");
        assertThat(request.containerDefinitions()).hasSize(1);

        ContainerDefinition container = request.containerDefinitions().get(0);
        assertThat(container.name()).isEqualTo(service);
        assertThat(container.essential()).isTrue();
        assertThat(container.image()).contains("/mailroom/" + service + ":${IMAGE_TAG}");
        assertThat(container.portMappings()).singleElement().satisfies(mapping -> {
            assertThat(mapping.protocol()).isEqualTo(TransportProtocol.TCP);
            assertThat(container.environment())
                    .contains(KeyValuePair.builder()
                            .name("SERVER_PORT")
                            .value(Integer.toString(mapping.containerPort()))
                            .build());
            assertThat(container.healthCheck().command())
                    .containsExactly(
                            "CMD-SHELL",
                            "curl -fsS http://localhost:" + mapping.containerPort()
                                    + "/actuator/health/liveness || exit 1");
        });
        assertThat(container.healthCheck().startPeriod()).isPositive();
        assertThat(container.logConfiguration().logDriver()).isEqualTo(LogDriver.AWSLOGS);
        assertThat(container.logConfiguration().options())
                .containsEntry("awslogs-group", "/mailroom/" + service)
                .containsKeys("awslogs-region", "awslogs-stream-prefix");
        assertThat(container.environment()).extracting(KeyValuePair::name).doesNotHaveDuplicates();
        assertThat(container.environment())
                .contains(KeyValuePair.builder()
                        .name("SPRING_PROFILES_ACTIVE")
                        .value("aws")
                        .build());
        assertThat(container.secrets())
                .allSatisfy(secret -> assertThat(secret.valueFrom()).startsWith("arn:aws:"));
        // Secrets travel as references, never as environment values.
        assertThat(container.environment())
                .extracting(KeyValuePair::name)
                .noneMatch(name -> name.contains("PASSWORD") || name.contains("API_KEY"));
    }

    @Test
    void placeholdersAreOnlyTheDocumentedOnes() {
        List<String> documented = List.of(
                "AWS_ACCOUNT_ID",
                "AWS_REGION",
                "IMAGE_TAG",
                "MAILROOM_BUCKET",
                "KAFKA_BOOTSTRAP_SERVERS",
                "IMAP_HOST",
                "IMAP_USER");
        TreeSet<String> used = new TreeSet<>();
        TaskDefinitionRenderer.renderAll().values().forEach(json -> {
            Matcher matcher = PLACEHOLDER.matcher(json);
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        });
        assertThat(used).containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void unknownFieldsAreRejectedByTheSdkModel() {
        assertThatThrownBy(() -> EcsJson.parse("{\"family\":\"x\",\"cpus\":\"256\"}"))
                .hasMessageContaining("cpus");
    }

    private static String read(String name) {
        try {
            return Files.readString(ECS.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("missing deploy/ecs/" + name + ": run `mvn -pl deploy exec:java`", e);
        }
    }
}
