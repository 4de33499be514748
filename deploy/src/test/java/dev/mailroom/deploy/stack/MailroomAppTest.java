package dev.mailroom.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.deploy.MailroomApp;
import dev.mailroom.deploy.repo.Repo;
import dev.mailroom.deploy.spec.ResourceNames;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

class MailroomAppTest {

    @Test
    void withoutParametersOnlyTheRepositoriesStackIsSynthesised() {
        CloudAssembly assembly = Synth.app(Map.of()).synth();
        assertThat(assembly.getStacks().stream()
                        .map(stack -> stack.getStackName())
                        .toList())
                .containsExactly(MailroomApp.IMAGES_STACK);
    }

    @Test
    void withParametersBothStacksAreSynthesised() {
        CloudAssembly assembly = Synth.app(Synth.context()).synth();
        assertThat(assembly.getStacks().stream()
                        .map(stack -> stack.getStackName())
                        .toList())
                .containsExactlyInAnyOrder(MailroomApp.IMAGES_STACK, MailroomApp.MAIN_STACK);
    }

    @Test
    void repositoriesAreImmutableScannedAndNamedAsTheTaskDefinitionsExpect() {
        App app = Synth.app(Map.of());
        Template template = Template.fromStack((Stack) app.getNode().findChild(MailroomApp.IMAGES_STACK));
        List<Map<String, Object>> repositories = Synth.resources(template, "AWS::ECR::Repository").values().stream()
                .map(Synth::properties)
                .collect(Collectors.toList());
        assertThat(repositories)
                .extracting(repository -> repository.get("RepositoryName"))
                .containsExactlyInAnyOrder(
                        ResourceNames.repository("ingest-service"),
                        ResourceNames.repository("classifier-service"),
                        ResourceNames.repository("training-service"),
                        ResourceNames.repository("flink-router"));
        assertThat(repositories).allSatisfy(repository -> {
            assertThat(repository.get("ImageTagMutability")).isEqualTo("IMMUTABLE");
            assertThat(repository.get("ImageScanningConfiguration")).isEqualTo(Map.of("ScanOnPush", true));
        });
    }

    @Test
    void cdkJsonRunsTheAppMainClass() throws IOException {
        JsonNode cdk = new ObjectMapper()
                .readTree(Repo.root().resolve("deploy/cdk.json").toFile());
        assertThat(cdk.get("app").asText()).contains("-Dexec.mainClass=" + MailroomApp.class.getName());
    }
}
