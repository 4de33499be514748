package dev.mailroom.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.deploy.repo.EcsJson;
import dev.mailroom.deploy.spec.ResourceNames;
import dev.mailroom.deploy.spec.ServiceCatalog;
import dev.mailroom.deploy.taskdef.TaskDefinitionRenderer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/** The stack and the plain JSON files come from one catalog: sizes, ports, health checks and variables agree. */
class StackMatchesTaskDefinitionFilesTest {

    private static Template template;

    private static synchronized Template template() {
        if (template == null) {
            template = Synth.template(Synth.context());
        }
        return template;
    }

    @ParameterizedTest
    @ValueSource(strings = {ServiceCatalog.INGEST, ServiceCatalog.CLASSIFIER, ServiceCatalog.TRAINING})
    @SuppressWarnings("unchecked")
    void synthesisedTaskDefinitionEqualsTheRenderedFile(String service) throws IOException {
        RegisterTaskDefinitionRequest file =
                EcsJson.parse(TaskDefinitionRenderer.renderAll().get(service + ".json"));
        Map<String, Object> task = Synth.properties(
                Synth.single(template(), "AWS::ECS::TaskDefinition", "Family", ResourceNames.family(service))
                        .getValue());
        assertThat(task.get("Cpu")).isEqualTo(file.cpu());
        assertThat(task.get("Memory")).isEqualTo(file.memory());

        Map<String, Object> container = MailroomStackTest.container(task);
        ContainerDefinition fileContainer = file.containerDefinitions().get(0);
        assertThat(container.get("Name")).isEqualTo(fileContainer.name());
        assertThat(((List<Map<String, Object>>) container.get("PortMappings"))
                        .get(0)
                        .get("ContainerPort"))
                .isEqualTo(fileContainer.portMappings().get(0).containerPort());
        Map<String, Object> health = (Map<String, Object>) container.get("HealthCheck");
        assertThat(health.get("Command")).isEqualTo(fileContainer.healthCheck().command());
        assertThat(health.get("StartPeriod"))
                .isEqualTo(fileContainer.healthCheck().startPeriod());
        assertThat(container.get("StopTimeout")).isEqualTo(fileContainer.stopTimeout());

        Map<String, String> stackEnv = new TreeMap<>();
        for (Map<String, Object> pair : (List<Map<String, Object>>) container.get("Environment")) {
            stackEnv.put((String) pair.get("Name"), MailroomStackTest.json(pair.get("Value")));
        }
        Map<String, String> fileEnv = new TreeMap<>();
        for (KeyValuePair pair : fileContainer.environment()) {
            fileEnv.put(pair.name(), pair.value());
        }
        assertThat(stackEnv.keySet()).isEqualTo(fileEnv.keySet());
        fileEnv.forEach((name, value) -> {
            if (!value.contains("${")) {
                assertThat(stackEnv.get(name)).as(name).isEqualTo("\"" + value + "\"");
            }
        });

        List<String> stackSecrets = container.get("Secrets") == null
                ? List.of()
                : ((List<Map<String, Object>>) container.get("Secrets"))
                        .stream()
                                .map(secret -> (String) secret.get("Name"))
                                .sorted()
                                .toList();
        assertThat(stackSecrets)
                .isEqualTo(fileContainer.secrets().stream()
                        .map(secret -> secret.name())
                        .sorted()
                        .toList());
    }
}
