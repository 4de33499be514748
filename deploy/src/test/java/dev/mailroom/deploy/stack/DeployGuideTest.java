package dev.mailroom.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.Topic;
import dev.mailroom.deploy.repo.Repo;
import dev.mailroom.deploy.spec.KafkaLimits;
import dev.mailroom.deploy.taskdef.TaskDefinitionRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.assertions.Template;

/** docs/deploy.md keeps up with the code: every parameter, placeholder and topic an operator needs is in it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeployGuideTest {

    private String guide;

    @BeforeAll
    void read() throws IOException {
        guide = Files.readString(Repo.root().resolve("docs/deploy.md"));
    }

    @Test
    void everyContextKeyTheStackReadsIsListedAndNoOther() {
        List<String> asked = new ArrayList<>();
        Map<String, Object> values = Synth.context("vpcId", "vpc-1", "imapHost", "imap.example.com");
        DeploymentParameters.fromContext(key -> {
            asked.add(key);
            return values.get(key);
        });
        assertThat(asked).containsExactlyInAnyOrderElementsOf(DeploymentParameters.CONTEXT_KEYS);
        for (String key : DeploymentParameters.CONTEXT_KEYS) {
            assertThat(guide).as("parameter table row for %s", key).contains("| `" + key + "` |");
        }
    }

    @Test
    void everyPlaceholderOfTheTaskDefinitionsIsExplained() {
        Matcher matcher = Pattern.compile("\\$\\{[A-Z_]+}")
                .matcher(String.join("", TaskDefinitionRenderer.renderAll().values()));
        while (matcher.find()) {
            assertThat(guide).contains("`" + matcher.group() + "`");
        }
    }

    @Test
    void topicCreationCoversEveryContractTopic() {
        Matcher matcher = Pattern.compile("for topic in ([^;]+);").matcher(guide);
        assertThat(matcher.find()).isTrue();
        assertThat(List.of(matcher.group(1).strip().split("\\s+")))
                .containsExactlyInAnyOrderElementsOf(
                        List.of(Topic.values()).stream().map(Topic::defaultName).toList());
    }

    @Test
    void everyAlarmOfTheStackIsExplainedInTheAlarmsSection() {
        Template template = Synth.template(Synth.context());
        String alarms = guide.substring(guide.indexOf("## 6. Alarms"), guide.indexOf("## Known gaps"));
        List<String> names = Synth.resources(template, "AWS::CloudWatch::Alarm").values().stream()
                .map(alarm -> (String) Synth.properties(alarm).get("AlarmName"))
                .toList();
        assertThat(names).isNotEmpty();
        for (String name : names) {
            String documented = name.replaceAll("-(ingest|classifier|training)-service-", "-<service>-");
            assertThat(alarms).as("row for alarm %s", name).contains("`" + documented + "`");
        }
        assertThat(alarms).contains("`" + Monitoring.ALARM_TOPIC + "`").contains("`" + Monitoring.DASHBOARD + "`");
    }

    @Test
    void topicsAreCreatedWithTheRecordSizeTheProducersUse() {
        assertThat(guide).contains("--config max.message.bytes=" + KafkaLimits.MAX_MESSAGE_BYTES);
    }

    @Test
    void guideSaysWhatWasNotRunHere() {
        assertThat(guide)
                .contains("What runs here, and what does not")
                .contains("no AWS account")
                .contains("`container-tests` builds the four images")
                .contains("Never run: `cdk deploy`");
    }
}
