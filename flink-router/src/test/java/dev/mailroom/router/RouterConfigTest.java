package dev.mailroom.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.contracts.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouterConfigTest {

    @Test
    void defaultsComeFromContractsAndTheIssue() {
        RouterConfig config = RouterConfig.parse(new String[0], Map.of(), Path.of("no-such-file.json"));

        assertThat(config.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.ingestTopic()).isEqualTo(Topic.INGEST.defaultName());
        assertThat(config.textTopic()).isEqualTo(Topic.TEXT.defaultName());
        assertThat(config.scannedTopic()).isEqualTo(Topic.SCANNED.defaultName());
        assertThat(config.rejectedTopic()).isEqualTo(Topic.REJECTED.defaultName());
        assertThat(config.groupId()).isEqualTo("mailroom-router");
        assertThat(config.dedupTtl()).isEqualTo(Duration.ofDays(7));
        assertThat(config.checkpointInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.checkpointDir()).isNull();
        assertThat(config.restoreFrom()).isNull();
        assertThat(config.parallelism()).isZero();
        assertThat(config.local()).isFalse();
    }

    @Test
    void argumentsWinOverEnvironmentWhichWinsOverDefaults() {
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
                "MAILROOM_TOPICS_TEXT", "env.text",
                "ROUTER_DEDUP_TTL", "PT1H");

        RouterConfig config = RouterConfig.parse(
                new String[] {"--local", "--text-topic", "arg.text", "--checkpoint-interval=500ms", "--parallelism", "2"
                },
                env);

        assertThat(config.bootstrapServers()).isEqualTo("broker:9092");
        assertThat(config.textTopic()).isEqualTo("arg.text");
        assertThat(config.dedupTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(config.checkpointInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.parallelism()).isEqualTo(2);
        assertThat(config.local()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"500ms, PT0.5S", "10s, PT10S", "15m, PT15M", "2h, PT2H", "7d, PT168H", "PT30S, PT30S", "P1D, PT24H"})
    void parsesDurations(String text, Duration expected) {
        assertThat(RouterConfig.duration(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--nope x                          | unknown option --nope",
                "--group-id                        | --group-id needs a value",
                "stray                             | unexpected argument 'stray'",
                "--dedup-ttl soon                  | --dedup-ttl 'soon'",
                "--parallelism -1                  | --parallelism must be >= 0",
                "--min-text-chars 0                | --min-text-chars",
                "--max-record-bytes 10             | --max-record-bytes must be >= 1024",
                "--checkpoint-interval 20m         | --transaction-timeout must be longer",
                "--local=maybe                     | --local must be true or false",
                "--kafka.=x                        | a Kafka property name must follow",
                "--kafka.acks                      | --kafka.acks needs a value",
            })
    void rejectsBadConfigurationNamingTheKey(String args, String message) {
        assertThatThrownBy(() -> RouterConfig.parse(args.trim().split("\\s+"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void managedFlinkPropertiesFileSitsBetweenEnvironmentAndDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("application_properties.json");
        Files.writeString(
                file,
                """
                [{"PropertyGroupId": "other", "PropertyMap": {"group-id": "not-this"}},
                 {"PropertyGroupId": "RouterConfig",
                  "PropertyMap": {"bootstrap-servers": "b-1.msk:9098", "group-id": "from-file", "dedup-ttl": "3d"}},
                 {"PropertyGroupId": "FlinkApplicationProperties",
                  "PropertyMap": {"bootstrap-servers": "loses", "min-text-chars": "30"}}]
                """);

        RouterConfig config =
                RouterConfig.parse(new String[] {"--dedup-ttl", "1d"}, Map.of("ROUTER_GROUP_ID", "from-env"), file);

        assertThat(config.bootstrapServers()).isEqualTo("b-1.msk:9098");
        assertThat(config.minTextChars()).isEqualTo(30);
        assertThat(config.groupId()).isEqualTo("from-env");
        assertThat(config.dedupTtl()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void kafkaClientPropertiesPassThroughFromFileEnvironmentAndArguments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("application_properties.json");
        Files.writeString(
                file,
                """
                [{"PropertyGroupId": "RouterConfig",
                  "PropertyMap": {"kafka.client.dns.lookup": "use_all_dns_ips", "kafka.security.protocol": "SSL"}}]
                """);

        RouterConfig config = RouterConfig.parse(
                new String[] {"--kafka.security.protocol", "SASL_SSL", "--kafka.sasl.mechanism=SCRAM-SHA-512"},
                Map.of("ROUTER_KAFKA_PROPERTIES", "request.timeout.ms=5000; security.protocol=PLAINTEXT"),
                file);

        assertThat(config.kafkaProperties())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "client.dns.lookup", "use_all_dns_ips",
                        "request.timeout.ms", "5000",
                        "security.protocol", "SASL_SSL",
                        "sasl.mechanism", "SCRAM-SHA-512"));
    }

    @Test
    void missingDefaultPropertiesFileIsIgnoredButAMissingExplicitOneIsAnError(@TempDir Path dir) {
        assertThat(RouterConfig.parse(new String[0], Map.of(), dir.resolve("absent.json"))
                        .groupId())
                .isEqualTo("mailroom-router");
        assertThatThrownBy(() -> RouterConfig.parse(
                        new String[] {
                            "--application-properties",
                            dir.resolve("absent.json").toString()
                        },
                        Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read application properties");
    }

    @Test
    void resumeLatestPicksTheNewestRetainedCheckpoint(@TempDir Path dir) throws Exception {
        Path older = Files.createDirectories(dir.resolve("job-a/chk-7"));
        Files.writeString(older.resolve("_metadata"), "x");
        Files.setLastModifiedTime(older.resolve("_metadata"), FileTime.fromMillis(1_000));
        Path newer = Files.createDirectories(dir.resolve("job-b/chk-2"));
        Files.writeString(newer.resolve("_metadata"), "x");
        Files.createDirectories(dir.resolve("job-b/chk-3")); // incomplete: no _metadata

        RouterConfig config = RouterMain.resumeLatest(RouterConfig.parse(
                new String[] {"--resume-latest", "--checkpoint-dir", dir.toUri().toString()}, Map.of()));

        assertThat(config.restoreFrom()).isEqualTo(newer.toUri().toString());
    }

    @Test
    void resumeLatestStartsFreshWithoutCheckpoints(@TempDir Path dir) {
        RouterConfig config = RouterMain.resumeLatest(
                RouterConfig.parse(new String[] {"--resume-latest", "--checkpoint-dir", dir.toString()}, Map.of()));

        assertThat(config.restoreFrom()).isNull();
    }

    @Test
    void localRunGetsACheckpointDirectoryAndParallelismOne() {
        RouterConfig config = RouterMain.localDefaults(RouterConfig.parse(new String[] {"--local"}, Map.of()));

        assertThat(config.checkpointDir()).startsWith("file:").contains("mailroom-router");
        assertThat(config.parallelism()).isEqualTo(1);
    }
}
