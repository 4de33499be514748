package dev.mailroom.service.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.JaasContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/** The client properties of each {@code mailroom.kafka.auth}, and that every Spring-built client gets them. */
class KafkaSecurityTest {

    static final Map<String, String> MSK_IAM = Map.of(
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "AWS_MSK_IAM",
            "sasl.jaas.config", "software.amazon.msk.auth.iam.IAMLoginModule required;",
            "sasl.client.callback.handler.class", "software.amazon.msk.auth.iam.IAMClientCallbackHandler");

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaSecurityAutoConfiguration.class))
            .withPropertyValues("spring.kafka.bootstrap-servers=b-1.msk.example:9098");

    @ParameterizedTest(name = "auth={0} tls={1} -> {2}")
    @CsvSource({
        "NONE, false, ",
        "NONE, true, SSL",
        "MSK_IAM, false, SASL_SSL",
        "MSK_IAM, true, SASL_SSL",
        "SCRAM_SHA_512, false, SASL_PLAINTEXT",
        "SCRAM_SHA_512, true, SASL_SSL"
    })
    void securityProtocolPerAuthAndTls(KafkaAuth auth, boolean tls, String protocol) {
        Map<String, String> properties =
                KafkaClientSecurity.clientProperties(new KafkaSecurityProperties(auth, tls, "u", "p"));

        assertThat(properties.get("security.protocol")).isEqualTo(protocol);
        assertThat(properties.containsKey("sasl.mechanism")).isEqualTo(auth != KafkaAuth.NONE);
    }

    /** Parses a {@code sasl.jaas.config} value as the Kafka client does. */
    static AppConfigurationEntry jaas(String value) {
        return JaasContext.loadClientContext(Map.of("sasl.jaas.config", new Password(value)))
                .configurationEntries()
                .get(0);
    }

    @Test
    void mskIamMapsToTheAwsLoginModuleAndCallbackHandler() throws Exception {
        Map<String, String> properties =
                KafkaClientSecurity.clientProperties(new KafkaSecurityProperties(KafkaAuth.MSK_IAM, false, null, null));

        assertThat(properties).isEqualTo(MSK_IAM);
        // the classes the client loads by name are on the service's runtime classpath
        Class.forName("software.amazon.msk.auth.iam.IAMLoginModule");
        Class.forName("software.amazon.msk.auth.iam.IAMClientCallbackHandler");
        assertThat(jaas(properties.get("sasl.jaas.config")).getLoginModuleName())
                .isEqualTo("software.amazon.msk.auth.iam.IAMLoginModule");
    }

    @Test
    void scramJaasKeepsQuotesAndBackslashesOfThePassword() {
        String password = "a\"b\\c d;";
        String jaas = KafkaClientSecurity.clientProperties(
                        new KafkaSecurityProperties(KafkaAuth.SCRAM_SHA_512, false, "svc", password))
                .get("sasl.jaas.config");

        Map<String, ?> options = jaas(jaas).getOptions();
        assertThat(options.get("username")).isEqualTo("svc");
        assertThat(options.get("password")).isEqualTo(password);
    }

    @Test
    void everyClientSpringBuildsGetsTheMskIamSettings() {
        runner.withPropertyValues("mailroom.kafka.auth=msk-iam").run(context -> {
            assertThat(context.getBean(DefaultKafkaProducerFactory.class).getConfigurationProperties())
                    .containsAllEntriesOf(MSK_IAM);
            assertThat(context.getBean(DefaultKafkaConsumerFactory.class).getConfigurationProperties())
                    .containsAllEntriesOf(MSK_IAM);
            assertThat(context.getBean(KafkaAdmin.class).getConfigurationProperties())
                    .containsAllEntriesOf(MSK_IAM);
            // clients a service builds itself from KafkaProperties (ingest's producer) too
            KafkaProperties kafka = context.getBean(KafkaProperties.class);
            assertThat(kafka.buildProducerProperties()).containsAllEntriesOf(MSK_IAM);
            assertThat(kafka.buildStreamsProperties()).containsAllEntriesOf(MSK_IAM);
        });
    }

    @Test
    void mailroomKafkaWinsOverAPlaintextSpringSecurityProtocol() {
        runner.withPropertyValues(
                        "spring.kafka.security.protocol=PLAINTEXT",
                        "spring.kafka.producer.security.protocol=PLAINTEXT",
                        "mailroom.kafka.auth=msk-iam")
                .run(context -> assertThat(context.getBean(DefaultKafkaProducerFactory.class)
                                .getConfigurationProperties())
                        .containsEntry("security.protocol", "SASL_SSL"));
    }

    @Test
    void noneLeavesSpringKafkaSettingsAlone() {
        runner.withPropertyValues("spring.kafka.security.protocol=SSL").run(context -> {
            Map<String, Object> producer =
                    context.getBean(DefaultKafkaProducerFactory.class).getConfigurationProperties();
            assertThat(producer).containsEntry("security.protocol", "SSL");
            assertThat(producer).doesNotContainKeys("sasl.mechanism", "sasl.jaas.config");
        });
    }

    @Test
    void environmentVariablesOfTheTaskDefinitionBind() {
        runner.withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .replace(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                new SystemEnvironmentPropertySource(
                                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                        Map.of(
                                                "MAILROOM_KAFKA_AUTH", "scram-sha-512",
                                                "MAILROOM_KAFKA_TLS", "true",
                                                "MAILROOM_KAFKA_SCRAM_USERNAME", "ingest",
                                                "MAILROOM_KAFKA_SCRAM_PASSWORD", "from-secrets-manager"))))
                .run(context -> {
                    KafkaSecurityProperties settings = context.getBean(KafkaSecurityProperties.class);
                    assertThat(settings.auth()).isEqualTo(KafkaAuth.SCRAM_SHA_512);
                    assertThat(settings.tls()).isTrue();
                    assertThat(settings.scramUsername()).isEqualTo("ingest");
                    assertThat(settings.scramPassword()).isEqualTo("from-secrets-manager");
                    assertThat(context.getBean(DefaultKafkaProducerFactory.class)
                                    .getConfigurationProperties())
                            .containsEntry("security.protocol", "SASL_SSL")
                            .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
                });
    }

    @Test
    void passwordNeverAppearsInToString() {
        KafkaSecurityProperties settings =
                new KafkaSecurityProperties(KafkaAuth.SCRAM_SHA_512, true, "ingest", "hunter2-secret");

        assertThat(settings.toString()).contains("ingest").doesNotContain("hunter2-secret");
    }

    @Test
    void scramWithoutCredentialsRefusesToStart() {
        runner.withPropertyValues("mailroom.kafka.auth=scram-sha-512", "mailroom.kafka.scram-username=ingest")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("mailroom.kafka.scram-password"));
    }

    @Test
    void defaultIsNoAuthenticationWithoutTls() {
        runner.run(context -> {
            KafkaSecurityProperties settings = context.getBean(KafkaSecurityProperties.class);
            assertThat(settings.auth()).isEqualTo(KafkaAuth.NONE);
            assertThat(settings.tls()).isFalse();
            assertThat(context.getBean(DefaultKafkaProducerFactory.class).getConfigurationProperties())
                    .doesNotContainKey("security.protocol");
        });
    }
}
