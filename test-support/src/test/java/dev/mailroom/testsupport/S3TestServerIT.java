package dev.mailroom.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

class S3TestServerIT {

    @Test
    void storesAndListsObjectsThroughTheAwsSdk() {
        try (S3TestServer server = S3TestServer.inMemory();
                S3Client s3 = server.client()) {
            server.createBucket("mailroom");
            server.createBucket("mailroom"); // idempotent
            s3.putObject(b -> b.bucket("mailroom").key("raw/2026/11/25/a"), RequestBody.fromString("hello"));
            s3.putObject(b -> b.bucket("mailroom").key("raw/2026/11/25/b"), RequestBody.fromString("world"));
            s3.putObject(b -> b.bucket("mailroom").key("models/x/1/manifest.json"), RequestBody.fromString("{}"));

            String body = s3.getObjectAsBytes(b -> b.bucket("mailroom").key("raw/2026/11/25/a"))
                    .asString(StandardCharsets.UTF_8);
            var keys = s3.listObjectsV2(b -> b.bucket("mailroom").prefix("raw/")).contents().stream()
                    .map(S3Object::key)
                    .toList();

            assertThat(body).isEqualTo("hello");
            assertThat(keys).containsExactly("raw/2026/11/25/a", "raw/2026/11/25/b");
        }
    }

    @Test
    void filesystemStoreKeepsObjectsAcrossRestarts(@TempDir Path dir) {
        try (S3TestServer server = S3TestServer.onFilesystem(dir);
                S3Client s3 = server.client()) {
            server.createBucket("mailroom");
            s3.putObject(b -> b.bucket("mailroom").key("k"), RequestBody.fromString("kept"));
        }
        try (S3TestServer server = S3TestServer.onFilesystem(dir);
                S3Client s3 = server.client()) {
            assertThat(s3.getObjectAsBytes(b -> b.bucket("mailroom").key("k")).asUtf8String())
                    .isEqualTo("kept");
        }
    }

    @Test
    void rejectsClientsWithWrongCredentials() {
        try (S3TestServer server = S3TestServer.inMemory()) {
            server.createBucket("mailroom");
            try (S3Client intruder = S3Client.builder()
                    .endpointOverride(server.endpoint())
                    .region(Region.of(server.region()))
                    .forcePathStyle(true)
                    .credentialsProvider(
                            StaticCredentialsProvider.create(AwsBasicCredentials.create("nobody", "wrong")))
                    .build()) {
                assertThatThrownBy(() -> intruder.listObjectsV2(b -> b.bucket("mailroom")))
                        .isInstanceOf(S3Exception.class)
                        .satisfies(
                                e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(403));
            }
        }
    }
}
