package dev.mailroom.service.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.service.testing.S3ServerTestBase;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The auto-configured S3 client against a real S3 API server (in-process S3Proxy). */
class S3AutoConfigurationIT extends S3ServerTestBase {

    final ApplicationContextRunner runner = runnerOnServer(S3AutoConfiguration.class)
            .withPropertyValues("mailroom.s3.bucket=docs", "mailroom.s3.max-connections=4");

    @BeforeAll
    static void createBucket() {
        server.createBucket("docs");
    }

    @Test
    void clientFromMailroomS3KeysWritesAndReadsObjects() {
        runner.run(context -> {
            S3Client s3 = context.getBean(S3Client.class);
            String bucket = context.getBean(S3Properties.class).bucket();

            s3.putObject(b -> b.bucket(bucket).key("raw/a"), RequestBody.fromString("bytes", StandardCharsets.UTF_8));

            assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("raw/a")).asUtf8String())
                    .isEqualTo("bytes");
            try (S3Client direct = server.client()) {
                assertThat(direct.getObjectAsBytes(b -> b.bucket("docs").key("raw/a"))
                                .asUtf8String())
                        .isEqualTo("bytes");
            }
        });
    }

    @Test
    void refusedConditionalWritesLeaveThePooledConnectionsInSync() {
        runner.run(context -> {
            S3Client s3 = context.getBean(S3Client.class);
            s3.putObject(b -> b.bucket("docs").key("models/m/1/manifest.json"), RequestBody.fromString("{}"));

            for (int i = 0; i < 20; i++) {
                // a refused If-None-Match write, then questions about other keys on the same (pooled) connections
                assertThatThrownBy(() -> s3.putObject(
                                b -> b.bucket("docs")
                                        .key("models/m/1/manifest.json")
                                        .ifNoneMatch("*"),
                                RequestBody.fromString("{\"other\":true}")))
                        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode())
                                .isIn(409, 412));
                String missing = "models/m/" + (i + 2) + "/manifest.json";
                assertThatThrownBy(() -> s3.headObject(b -> b.bucket("docs").key(missing)))
                        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode())
                                .isEqualTo(404));
                assertThatThrownBy(
                                () -> s3.getObjectAsBytes(b -> b.bucket("docs").key(missing)))
                        .isInstanceOf(NoSuchKeyException.class);
            }
            assertThat(s3.getObjectAsBytes(b -> b.bucket("docs").key("models/m/1/manifest.json"))
                            .asUtf8String())
                    .isEqualTo("{}");
        });
    }
}
