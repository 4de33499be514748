package dev.mailroom.deploy.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mailroom.contracts.Topic;
import dev.mailroom.deploy.repo.ConfigKeys;
import dev.mailroom.deploy.repo.Repo;
import dev.mailroom.deploy.spec.DeploymentValues;
import dev.mailroom.deploy.spec.ServiceCatalog;
import dev.mailroom.deploy.spec.ServiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeTest {

    /** Variables read by the AWS SDK itself, not by Spring. */
    static final Set<String> SDK_VARIABLES = Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION");

    private JsonNode services;

    @BeforeAll
    void read() throws IOException {
        JsonNode compose = new YAMLMapper()
                .readTree(Repo.root().resolve("docker/compose.yaml").toFile());
        services = compose.get("services");
    }

    @Test
    void runsTheWholeStack() {
        assertThat(names(services))
                .containsExactlyInAnyOrder(
                        "kafka",
                        "kafka-init",
                        "s3",
                        "flink-router",
                        ServiceCatalog.INGEST,
                        ServiceCatalog.CLASSIFIER,
                        ServiceCatalog.TRAINING);
    }

    @Test
    void everyImageIsPinnedAndEveryBuildUsesTheRepositoryRootAndADockerfileOfOurs() {
        for (String name : names(services)) {
            JsonNode service = services.get(name);
            String image = service.path("image").asText();
            assertThat(image).as(name).isNotEmpty().doesNotEndWith(":latest").contains(":");
            if (service.has("build")) {
                assertThat(service.get("build").get("context").asText()).isEqualTo("..");
                Path dockerfile = Repo.root()
                        .resolve(service.get("build").get("dockerfile").asText());
                assertThat(dockerfile).isRegularFile();
            }
        }
    }

    @Test
    void kafkaRunsInKraftModeAtTheVersionTheServicesUse() throws IOException {
        JsonNode kafka = services.get("kafka");
        assertThat(kafka.get("image").asText())
                .isEqualTo("apache/kafka:" + DockerImagesTest.rootProperty("kafka.version"));
        JsonNode env = kafka.get("environment");
        assertThat(env.get("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").asText()).isEqualTo("1@kafka:9093");
        assertThat(env.get("KAFKA_ADVERTISED_LISTENERS").asText()).contains("PLAINTEXT://kafka:9092");
        assertThat(env.get("CLUSTER_ID").asText()).matches("[A-Za-z0-9_-]{22}");
        assertThat(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText()).isEqualTo("false");
    }

    @Test
    void kafkaInitCreatesExactlyTheContractTopics() {
        String command = services.get("kafka-init").get("command").get(0).asText();
        Matcher matcher = Pattern.compile("for topic in ([^;]+);").matcher(command);
        assertThat(matcher.find()).isTrue();
        assertThat(Arrays.asList(matcher.group(1).strip().split("\\s+")))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Topic.values()).map(Topic::defaultName).toList());
    }

    @Test
    void s3ServerIsTheS3ProxyReleaseTheTestsUseWithTheBucketAndCredentialsTheServicesUse() throws IOException {
        JsonNode s3 = services.get("s3");
        assertThat(s3.get("image").asText())
                .isEqualTo("andrewgaul/s3proxy:s3proxy-" + DockerImagesTest.rootProperty("s3proxy.version"));
        JsonNode env = s3.get("environment");
        String endpoint = env.get("S3PROXY_ENDPOINT").asText();
        String bucket = s3.get("entrypoint").get(2).asText();
        for (String name : List.of(ServiceCatalog.INGEST, ServiceCatalog.CLASSIFIER, ServiceCatalog.TRAINING)) {
            JsonNode service = services.get(name).get("environment");
            assertThat(service.get("MAILROOM_S3_ENDPOINT").asText()).isEqualTo(endpoint.replace("0.0.0.0", "s3"));
            assertThat(bucket)
                    .contains("mkdir -p /data/"
                            + service.get("MAILROOM_S3_BUCKET").asText());
            assertThat(service.get("AWS_ACCESS_KEY_ID").asText())
                    .isEqualTo(env.get("S3PROXY_IDENTITY").asText());
            assertThat(service.get("AWS_SECRET_ACCESS_KEY").asText())
                    .isEqualTo(env.get("S3PROXY_CREDENTIAL").asText());
            assertThat(service.get("MAILROOM_S3_PATH_STYLE_ACCESS").asText()).isEqualTo("true");
        }
    }

    @Test
    void servicesListenOnTheirDefaultPortsAndWaitForTheirDependencies() {
        for (ServiceSpec spec : ServiceCatalog.services(DeploymentValues.placeholders(), Optional.empty())) {
            JsonNode service = services.get(spec.name());
            assertThat(service.get("environment").get("SERVER_PORT").asText()).isEqualTo(Integer.toString(spec.port()));
            assertThat(service.get("ports").get(0).asText()).isEqualTo(spec.port() + ":" + spec.port());
            assertThat(service.get("depends_on").has("s3")).isTrue();
            if (spec.environment().containsKey("SPRING_KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(service.get("depends_on")
                                .get("kafka-init")
                                .get("condition")
                                .asText())
                        .isEqualTo("service_completed_successfully");
                assertThat(service.get("environment")
                                .get("SPRING_KAFKA_BOOTSTRAP_SERVERS")
                                .asText())
                        .isEqualTo("kafka:9092");
            }
        }
    }

    @Test
    void serviceEnvironmentUsesOnlyKeysTheServiceReads() {
        List<String> checked = new ArrayList<>();
        for (String name : List.of(ServiceCatalog.INGEST, ServiceCatalog.CLASSIFIER, ServiceCatalog.TRAINING)) {
            Optional<ConfigKeys> keys = ConfigKeys.of(name);
            if (keys.isEmpty()) {
                continue; // the service's configuration is not in the repository yet
            }
            for (String variable : names(services.get(name).get("environment"))) {
                if (!SDK_VARIABLES.contains(variable)) {
                    assertThat(keys.get().readsEnvironmentVariable(variable))
                            .as("%s reads a key for %s", name, variable)
                            .isTrue();
                    checked.add(variable);
                }
            }
        }
        assertThat(checked).as("at least one service was checked").isNotEmpty();
    }

    @Test
    void routerRunsFromItsImageWithOptionsTheRouterReadsAndKeepsItsCheckpoints() throws IOException {
        JsonNode router = services.get("flink-router");
        assertThat(router.get("build").get("dockerfile").asText()).isEqualTo("docker/flink-router.Dockerfile");
        JsonNode environment = router.get("environment");
        assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
        String checkpoints = environment.get("ROUTER_CHECKPOINT_DIR").asText();
        assertThat(router.get("volumes").get(0).asText()).endsWith(":" + checkpoints.replace("file://", ""));
        if (Repo.hasApplication("flink-router")) {
            Set<String> routerVariables = routerEnvironmentVariables();
            for (String variable : names(environment)) {
                assertThat(routerVariables).as("the router reads %s", variable).contains(variable);
            }
        }
    }

    /** The environment variables of the router's {@code RouterConfig.Option}s. */
    static Set<String> routerEnvironmentVariables() throws IOException {
        String source = Files.readString(
                Repo.root().resolve("flink-router/src/main/java/dev/mailroom/router/RouterConfig.java"));
        Matcher matcher =
                Pattern.compile("\\(\\s*\"[a-z-]+\",\\s*\"([A-Z_]+)\"").matcher(source);
        Set<String> variables = new TreeSet<>();
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        assertThat(variables).as("options parsed from RouterConfig").contains("KAFKA_BOOTSTRAP_SERVERS");
        return variables;
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        Iterator<String> fields = object.fieldNames();
        fields.forEachRemaining(names::add);
        return names;
    }
}
