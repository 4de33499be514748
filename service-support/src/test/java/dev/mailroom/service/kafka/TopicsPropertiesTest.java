package dev.mailroom.service.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code mailroom.topics.*}: defaults are the contracts' names, each overridable. */
class TopicsPropertiesTest {

    final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TopicsAutoConfiguration.class));

    static List<String> names(TopicsProperties topics) {
        return List.of(topics.ingest(), topics.text(), topics.scanned(), topics.rejected(), topics.classified());
    }

    @Test
    void defaultsAreTheContractsTopicNames() {
        runner.run(context -> {
            TopicsProperties topics = context.getBean(TopicsProperties.class);
            assertThat(names(topics))
                    .containsExactly(
                            Topic.INGEST.defaultName(),
                            Topic.TEXT.defaultName(),
                            Topic.SCANNED.defaultName(),
                            Topic.REJECTED.defaultName(),
                            Topic.CLASSIFIED.defaultName());
            assertThat(topics).isEqualTo(TopicsProperties.defaults());
        });
    }

    @Test
    void eachNameCanBeOverridden() {
        runner.withPropertyValues("mailroom.topics.rejected=acme.rejected", "mailroom.topics.text=acme.text")
                .run(context -> {
                    TopicsProperties topics = context.getBean(TopicsProperties.class);
                    assertThat(topics.rejected()).isEqualTo("acme.rejected");
                    assertThat(topics.text()).isEqualTo("acme.text");
                    assertThat(topics.ingest()).isEqualTo(Topic.Names.INGEST);
                });
    }

    @Test
    void blankNameRefusesToStart() {
        runner.withPropertyValues("mailroom.topics.classified= ").run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .hasMessageContaining("mailroom.topics.classified"));
    }
}
