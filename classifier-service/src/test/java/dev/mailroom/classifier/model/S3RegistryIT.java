package dev.mailroom.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classifier.content.S3Properties;
import dev.mailroom.classifier.testing.TestModels;
import dev.mailroom.contracts.Route;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.model.s3.S3ModelRegistry;
import dev.mailroom.testsupport.S3TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The service's registry wiring with an {@code s3://} URI against a real S3 API server. */
class S3RegistryIT {

    static S3TestServer server;
    static S3Client s3;

    @BeforeAll
    static void start() {
        server = S3TestServer.inMemory();
        server.createBucket("mailroom");
        s3 = server.client();
        System.setProperty("aws.accessKeyId", server.accessKey());
        System.setProperty("aws.secretAccessKey", server.secretKey());
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
    }

    @Test
    void productionModelIsLoadedFromAnS3Registry() {
        String version = TestModels.publishAndPromote(new S3ModelRegistry(s3, "mailroom", ""), "mailroom-text", 3);
        ModelRegistry registry = new ModelConfiguration()
                .modelRegistry(
                        new RegistryProperties("s3://mailroom"),
                        new S3Properties(server.endpoint().toString(), server.region(), "mailroom", true));
        ActiveModels models = new ActiveModels();

        new ModelRefresher(registry, models, "mailroom-text", "mailroom-scanned").refresh();

        assertThat(registry.location()).startsWith("s3://mailroom");
        assertThat(models.forRoute(Route.TEXT).ref().version()).isEqualTo(version);
    }
}
