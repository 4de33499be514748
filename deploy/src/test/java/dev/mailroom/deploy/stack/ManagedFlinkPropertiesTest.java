package dev.mailroom.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.deploy.spec.KafkaLimits;
import dev.mailroom.router.KafkaSecurity;
import dev.mailroom.router.RouterConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Template;

/**
 * The property group the stack writes into the Managed Flink application is read by the router as written: the
 * synthesized group goes through {@code RouterConfig.parse} exactly as the runtime's properties file would.
 */
class ManagedFlinkPropertiesTest {

    @Test
    @SuppressWarnings("unchecked")
    void theRouterReadsEveryKeyTheStackWritesWithItsValue(@TempDir Path dir) throws IOException {
        Template template = Synth.template(Synth.context());
        Map<String, Object> app = Synth.properties(Synth.resources(template, "AWS::KinesisAnalyticsV2::Application")
                .values()
                .iterator()
                .next());
        List<Map<String, Object>> groups = (List<Map<String, Object>>) ((Map<String, Object>)
                        ((Map<String, Object>) app.get("ApplicationConfiguration")).get("EnvironmentProperties"))
                .get("PropertyGroups");
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).get("PropertyGroupId")).isEqualTo(FlinkRouterApplication.PROPERTY_GROUP);
        Map<String, String> written = (Map<String, String>) groups.get(0).get("PropertyMap");

        Set<String> keys = Arrays.stream(RouterConfig.Option.values())
                .map(RouterConfig.Option::key)
                .collect(Collectors.toSet());
        assertThat(keys).containsAll(written.keySet());
        assertThat(written)
                .containsOnlyKeys(
                        "bootstrap-servers",
                        "kafka-auth",
                        "kafka-tls",
                        "group-id",
                        "transactional-id-prefix",
                        "max-record-bytes");

        // the file Managed Flink mounts at /etc/flink/application_properties.json, with this group in it
        Path file = dir.resolve("application_properties.json");
        new ObjectMapper()
                .writeValue(
                        file.toFile(),
                        List.of(Map.of(
                                "PropertyGroupId", FlinkRouterApplication.PROPERTY_GROUP, "PropertyMap", written)));
        RouterConfig config = RouterConfig.parse(new String[] {"--application-properties", file.toString()}, Map.of());
        assertThat(config.bootstrapServers()).isEqualTo("b-1.msk:9098,b-2.msk:9098");
        assertThat(config.kafkaSecurity().auth()).isEqualTo(KafkaSecurity.Auth.MSK_IAM);
        assertThat(config.kafkaSecurity().tls()).isTrue();
        assertThat(config.groupId()).isEqualTo("mailroom-router");
        assertThat(config.transactionalIdPrefix()).isEqualTo("mailroom-router");
        assertThat(config.maxRecordBytes()).isEqualTo(KafkaLimits.INGEST_RECORD_BYTES);
        assertThat(Files.readString(file)).contains("RouterConfig");
    }
}
