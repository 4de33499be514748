package dev.mailroom.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classifier.content.ContentProperties;
import dev.mailroom.classifier.decision.DecisionPolicy;
import dev.mailroom.classifier.decision.DecisionProperties;
import dev.mailroom.classifier.messaging.MessagingProperties;
import dev.mailroom.classifier.model.ModelProperties;
import dev.mailroom.classifier.ocr.OcrProperties;
import dev.mailroom.contracts.Departments;
import dev.mailroom.contracts.Label;
import dev.mailroom.contracts.Topic;
import dev.mailroom.service.kafka.TopicsProperties;
import dev.mailroom.service.registry.RegistryProperties;
import dev.mailroom.service.s3.S3Properties;
import jakarta.validation.Validation;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** The shipped application.yaml binds to every properties record with the documented defaults. */
class ApplicationDefaultsTest {

    static Binder binder() throws IOException {
        List<PropertySource<?>> documents =
                new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(documents.get(0)); // the default (profile-less) document
        return new Binder(ConfigurationPropertySources.get(environment));
    }

    /** Binds and validates like Spring Boot does for {@code @Validated} properties. */
    static <T> T bind(Binder binder, String prefix, Class<T> type) {
        ValidationBindHandler validation = new ValidationBindHandler(new SpringValidatorAdapter(
                Validation.buildDefaultValidatorFactory().getValidator()));
        // bindOrCreate: records whose defaults live in service-support (mailroom.s3, mailroom.topics) bind with no key
        // set
        return binder.bindOrCreate(prefix, Bindable.of(type), validation);
    }

    @Test
    void defaultsBindAndValidateWithTheArchitectureDefaults() throws IOException {
        Binder binder = binder();

        DecisionPolicy policy = bind(binder, "mailroom.classifier.decision", DecisionProperties.class)
                .policy();
        for (Label label : Label.values()) {
            assertThat(policy.department(label)).isEqualTo(Departments.DEFAULT_MAP.get(label));
            assertThat(policy.threshold(label)).isEqualTo(0.5);
        }
        ModelProperties model = bind(binder, "mailroom.classifier.model", ModelProperties.class);
        assertThat(model.textName()).isEqualTo("mailroom-text");
        assertThat(model.scannedName()).isEqualTo("mailroom-scanned");
        assertThat(model.refreshInterval()).isEqualTo(Duration.ofSeconds(30));
        OcrProperties ocr = bind(binder, "mailroom.classifier.ocr", OcrProperties.class);
        assertThat(ocr.pageSegMode()).isEqualTo(3);
        assertThat(ocr.dpi()).isEqualTo(300);
        assertThat(bind(binder, "mailroom.classifier.content", ContentProperties.class)
                        .maxBytes())
                .isPositive();
        assertThat(bind(binder, "mailroom.s3", S3Properties.class).bucket()).isEqualTo("mailroom");
        assertThat(bind(binder, "mailroom.registry", RegistryProperties.class).uri())
                .startsWith("file:");
        assertThat(bind(binder, "mailroom.classifier.kafka", MessagingProperties.class)
                        .enabled())
                .isTrue();
        TopicsProperties topics = bind(binder, "mailroom.topics", TopicsProperties.class);
        assertThat(List.of(topics.ingest(), topics.text(), topics.scanned(), topics.rejected(), topics.classified()))
                .containsExactly(
                        Topic.Names.INGEST,
                        Topic.Names.TEXT,
                        Topic.Names.SCANNED,
                        Topic.Names.REJECTED,
                        Topic.Names.CLASSIFIED);
    }
}
