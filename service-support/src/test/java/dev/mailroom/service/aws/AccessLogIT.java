package dev.mailroom.service.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.service.registry.RegistryAutoConfiguration;
import dev.mailroom.service.s3.S3AutoConfiguration;
import dev.mailroom.service.testing.S3ServerTestBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The AWS access log of the auto-configured S3 client, against a real S3 API server (S3Proxy). */
class AccessLogIT extends S3ServerTestBase {

    static final ObjectMapper JSON = new ObjectMapper();

    ApplicationContextRunner runner() {
        return runnerOnServer(
                        S3AutoConfiguration.class, RegistryAutoConfiguration.class, AwsAccessLogAutoConfiguration.class)
                .withPropertyValues("spring.application.name=classifier-service");
    }

    static List<JsonNode> lines(Path log) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void everyCallIsOneLineWithServiceActionBucketKeyOrPrefixAndStatus(@TempDir Path dir) {
        Path log = dir.resolve("logs/aws-access.jsonl");
        runner().withPropertyValues("mailroom.aws.access-log=" + log).run(context -> {
            S3Client s3 = context.getBean(S3Client.class);
            s3.putObject(b -> b.bucket("mailroom").key("raw/2026/12/04/a"), RequestBody.fromString("bytes"));
            s3.getObjectAsBytes(b -> b.bucket("mailroom").key("raw/2026/12/04/a"));
            s3.headObject(b -> b.bucket("mailroom").key("raw/2026/12/04/a"));
            assertThatThrownBy(
                            () -> s3.getObjectAsBytes(b -> b.bucket("mailroom").key("raw/none")))
                    .isInstanceOf(NoSuchKeyException.class);
            s3.listObjectsV2(b -> b.bucket("mailroom").prefix("raw/2026/"));
            s3.deleteObject(b -> b.bucket("mailroom").key("raw/2026/12/04/a"));
            assertThatThrownBy(() -> s3.headObject(b -> b.bucket("elsewhere").key("x")))
                    .isInstanceOf(S3Exception.class);

            List<JsonNode> lines = lines(log);
            assertThat(lines)
                    .extracting(
                            line -> line.get("action").asText(),
                            line -> line.get("bucket").asText(),
                            line -> line.has("key")
                                    ? "key=" + line.get("key").asText()
                                    : "prefix=" + line.get("prefix").asText(),
                            line -> line.get("status").asInt())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "s3:PutObject", "mailroom", "key=raw/2026/12/04/a", 200),
                            org.assertj.core.groups.Tuple.tuple(
                                    "s3:GetObject", "mailroom", "key=raw/2026/12/04/a", 200),
                            org.assertj.core.groups.Tuple.tuple(
                                    "s3:GetObject", "mailroom", "key=raw/2026/12/04/a", 200),
                            org.assertj.core.groups.Tuple.tuple("s3:GetObject", "mailroom", "key=raw/none", 404),
                            org.assertj.core.groups.Tuple.tuple("s3:ListBucket", "mailroom", "prefix=raw/2026/", 200),
                            org.assertj.core.groups.Tuple.tuple(
                                    "s3:DeleteObject", "mailroom", "key=raw/2026/12/04/a", 204),
                            org.assertj.core.groups.Tuple.tuple("s3:GetObject", "elsewhere", "key=x", 404));
            assertThat(lines).allSatisfy(line -> {
                assertThat(line.get("service").asText()).isEqualTo("classifier-service");
                assertThat(line.get("time").asText()).isNotBlank();
            });
            assertThat(lines.get(2).get("operation").asText()).isEqualTo("HeadObject");
        });
    }

    @Test
    void registryCallsAreRecordedToo(@TempDir Path dir) {
        Path log = dir.resolve("aws-access.jsonl");
        runner().withPropertyValues("mailroom.aws.access-log=" + log, "mailroom.registry.uri=s3://mailroom")
                .run(context -> {
                    ModelRegistry registry = context.getBean(ModelRegistry.class);
                    registry.putDocument("jobs/j1.json", "{}".getBytes(StandardCharsets.UTF_8));
                    registry.listDocuments("jobs/");

                    assertThat(lines(log))
                            .extracting(line -> line.get("action").asText())
                            .contains("s3:PutObject", "s3:ListBucket");
                    assertThat(lines(log))
                            .filteredOn(line -> line.get("action").asText().equals("s3:ListBucket"))
                            .extracting(line -> line.get("prefix").asText())
                            .contains("jobs/");
                });
    }

    @Test
    void withoutTheKeyNothingIsRecorded() {
        runner().run(context -> assertThat(context).doesNotHaveBean(AccessLogInterceptor.class));
    }

    @Test
    void specialCharactersOfKeysStayValidJson() throws Exception {
        String line = AccessLogInterceptor.line(
                "2026-12-04T00:00:00Z", "ingest-service", "s3:PutObject", "PutObject", "b", "raw/\"q\"\\\n", null, 200);

        JsonNode json = JSON.readTree(line);
        assertThat(json.get("key").asText()).isEqualTo("raw/\"q\"\\\n");
        assertThat(json.has("prefix")).isFalse();
        assertThat(line).endsWith("}\n");
    }
}
