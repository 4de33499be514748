package dev.mailroom.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaSecurityTest {

    private static final Path NO_FILE = Path.of("no-such-file.json");

    @Test
    void plaintextWithoutAuthenticationIsTheLocalDefaultAndAddsNothing() {
        RouterConfig config = RouterConfig.parse(new String[0], Map.of(), NO_FILE);
        assertThat(config.kafkaSecurity().auth()).isEqualTo(KafkaSecurity.Auth.NONE);
        assertThat(config.kafkaSecurity().clientProperties()).isEmpty();
        assertThat(RouterConfig.parse(new String[] {"--kafka-tls"}, Map.of(), NO_FILE)
                        .kafkaSecurity()
                        .clientProperties())
                .containsExactly(Map.entry("security.protocol", "SSL"));
    }

    @Test
    void mskIamUsesSaslSslWithTheIamLoginModuleOnSourceAndSink() {
        RouterConfig config = RouterConfig.parse(new String[] {"--kafka-auth", "msk-iam"}, Map.of(), NO_FILE);
        assertThat(config.kafkaSecurity().tls()).isTrue();
        Properties properties = KafkaConnectors.properties(config);
        assertThat(properties)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "AWS_MSK_IAM")
                .containsEntry("sasl.jaas.config", "software.amazon.msk.auth.iam.IAMLoginModule required;")
                .containsEntry(
                        "sasl.client.callback.handler.class", "software.amazon.msk.auth.iam.IAMClientCallbackHandler");
    }

    @Test
    void theIamClassesTheConfigurationNamesAreOnTheClasspath() throws ClassNotFoundException {
        assertThat(Class.forName(KafkaSecurity.IAM_LOGIN_MODULE)).isNotNull();
        assertThat(Class.forName(KafkaSecurity.IAM_CALLBACK_HANDLER)).isNotNull();
    }

    @Test
    void scramTakesThePasswordFromTheEnvironmentOrFileAndNeverPrintsIt(@TempDir Path dir) throws Exception {
        RouterConfig config = RouterConfig.parse(
                new String[] {"--kafka-auth", "scram-sha-512", "--kafka-tls", "--kafka-scram-username", "router"},
                Map.of("ROUTER_KAFKA_SCRAM_PASSWORD", "s3\"cr\\et"),
                NO_FILE);
        assertThat(config.kafkaSecurity().clientProperties())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry(
                        "sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"router\""
                                + " password=\"s3\\\"cr\\\\et\";");
        assertThat(config.toString()).doesNotContain("s3\"cr").contains("<hidden>");

        Path file = dir.resolve("application_properties.json");
        Files.writeString(
                file,
                """
                [{"PropertyGroupId": "RouterConfig", "PropertyMap": {"kafka-auth": "scram-sha-512",
                  "kafka-tls": "false", "kafka-scram-username": "u", "kafka-scram-password": "p"}}]""");
        assertThat(RouterConfig.parse(new String[0], Map.of(), file)
                        .kafkaSecurity()
                        .clientProperties())
                .containsEntry("security.protocol", "SASL_PLAINTEXT");
    }

    @Test
    void badSecurityConfigurationNamesTheKey() {
        assertThatThrownBy(() -> RouterConfig.parse(new String[] {"--kafka-auth", "kerberos"}, Map.of(), NO_FILE))
                .hasMessageContaining("--kafka-auth")
                .hasMessageContaining("none, msk-iam or scram-sha-512");
        assertThatThrownBy(() -> RouterConfig.parse(new String[] {"--kafka-auth", "scram-sha-512"}, Map.of(), NO_FILE))
                .hasMessageContaining("ROUTER_KAFKA_SCRAM_PASSWORD");
        assertThatThrownBy(() -> RouterConfig.parse(new String[] {"--kafka-scram-password", "x"}, Map.of(), NO_FILE))
                .hasMessageContaining("not accepted on the command line");
    }
}
