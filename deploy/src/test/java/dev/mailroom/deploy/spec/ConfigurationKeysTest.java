package dev.mailroom.deploy.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mailroom.deploy.repo.ConfigKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every environment variable an ECS task sets binds a configuration key its service really reads. A service whose
 * code and configuration are not in the repository yet is skipped; once they are, the check is strict.
 */
class ConfigurationKeysTest {

    static Stream<ServiceSpec> services() {
        return ServiceCatalog.services(DeploymentValues.placeholders(), Optional.of(ImapSettings.placeholders()))
                .stream();
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyVariableOfTheTaskDefinitionIsAKeyTheServiceReads(ServiceSpec spec) {
        Optional<ConfigKeys> keys = ConfigKeys.of(spec.name());
        assumeTrue(keys.isPresent(), spec.name() + " has no code and application.yaml in the repository yet");
        List<String> variables = new ArrayList<>(spec.environment().keySet());
        // read by the JVM itself, not by Spring
        variables.remove(ServiceCatalog.JVM_OPTIONS_VARIABLE);
        // spring.kafka.properties.* and spring.kafka.producer.properties.* are Boot's pass-through maps to the Kafka
        // client: any key binds
        variables.removeIf(variable -> variable.startsWith("SPRING_KAFKA_PROPERTIES_"));
        variables.remove(KafkaLimits.PRODUCER_MAX_REQUEST_SIZE_VARIABLE);
        spec.secrets().forEach(secret -> variables.add(secret.envName()));
        assertThat(variables)
                .as(
                        "variables of %s that bind no key it reads (keys: %s)",
                        spec.name(), keys.get().keys())
                .filteredOn(variable -> !keys.get().readsEnvironmentVariable(variable))
                .isEmpty();
    }

    @Test
    void relaxedBindingMatchesDashedAndUndashedForms() {
        ConfigKeys keys = new ConfigKeys("x", Set.of("mailroom.s3.path-style-access", "server.port"));
        assertThat(keys.readsEnvironmentVariable("MAILROOM_S3_PATH_STYLE_ACCESS"))
                .isTrue();
        assertThat(keys.readsEnvironmentVariable("MAILROOM_S3_PATHSTYLEACCESS")).isTrue();
        assertThat(keys.readsEnvironmentVariable("SERVER_PORT")).isTrue();
        assertThat(keys.readsEnvironmentVariable("MAILROOM_S3_PATH_STYLE")).isFalse();
        assertThat(keys.readsEnvironmentVariable("SERVER_ADDRESS")).isFalse();
    }

    @Test
    void configurationPropertiesRecordsContributeTheirComponents() {
        Optional<ConfigKeys> classifier = ConfigKeys.of(ServiceCatalog.CLASSIFIER);
        assumeTrue(classifier.isPresent(), "classifier-service is not in the repository yet");
        assertThat(classifier.get().keys())
                .contains(
                        "mailroom.s3.path-style-access",
                        "mailroom.classifier.model.refresh-interval",
                        "spring.kafka.bootstrap-servers");
    }
}
