package dev.mailroom.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.model.s3.S3ModelRegistry;
import dev.mailroom.service.s3.S3AutoConfiguration;
import dev.mailroom.service.testing.S3ServerTestBase;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.s3.S3Client;

/** An {@code s3://} registry on the service's one S3 client, against a real S3 API server (S3Proxy). */
class S3RegistryIT extends S3ServerTestBase {

    ApplicationContextRunner runner(String uri) {
        return runnerOnServer(S3AutoConfiguration.class, RegistryAutoConfiguration.class)
                .withPropertyValues("mailroom.registry.uri=" + uri);
    }

    @Test
    void s3UriWithPrefixStoresUnderThePrefixOfThatBucket() {
        runner("s3://mailroom/team-a").run(context -> {
            ModelRegistry registry = context.getBean(ModelRegistry.class);
            assertThat(registry).isInstanceOf(S3ModelRegistry.class);
            assertThat(registry.location()).startsWith("s3://mailroom/team-a");

            registry.putDocument("jobs/j1.json", "{\"id\":\"j1\"}".getBytes(StandardCharsets.UTF_8));

            try (S3Client direct = server.client()) {
                assertThat(direct.getObjectAsBytes(b -> b.bucket("mailroom").key("team-a/jobs/j1.json"))
                                .asUtf8String())
                        .isEqualTo("{\"id\":\"j1\"}");
            }
            assertThat(registry.listDocuments("jobs/")).containsExactly("jobs/j1.json");
            assertThat(registry.models()).isEmpty();
        });
    }

    @Test
    void registryUsesTheSharedClientAndLeavesItOpenWhenClosed() {
        runner("s3://mailroom").run(context -> {
            S3ModelRegistry registry = (S3ModelRegistry) context.getBean(ModelRegistry.class);
            registry.close();

            S3Client shared = context.getBean(S3Client.class);
            assertThat(shared.listObjectsV2(b -> b.bucket("mailroom"))
                            .sdkHttpResponse()
                            .isSuccessful())
                    .isTrue();
            assertThat(registry.versions("mailroom-text")).isEmpty();
        });
    }
}
