package dev.mailroom.model.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.model.registry.ModelRegistries;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.model.registry.ModelRegistryContract;
import dev.mailroom.model.registry.ObjectStore;
import dev.mailroom.testsupport.S3TestServer;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The registry contract against a real S3 API server (S3Proxy in-process), each test under its own prefix, through
 * the client production uses ({@link S3ModelRegistryProvider#client}: its HTTP client, default credential chain).
 */
class S3ModelRegistryIT extends ModelRegistryContract {

    private static final String BUCKET = "mailroom";
    private static final AtomicInteger TESTS = new AtomicInteger();

    private static S3TestServer server;
    private static S3Client s3;
    private static String previousKey;
    private static String previousSecret;

    private String prefix;

    @BeforeAll
    static void startServer() {
        server = S3TestServer.inMemory();
        server.createBucket(BUCKET);
        previousKey = System.getProperty("aws.accessKeyId");
        previousSecret = System.getProperty("aws.secretAccessKey");
        System.setProperty("aws.accessKeyId", server.accessKey());
        System.setProperty("aws.secretAccessKey", server.secretKey());
        s3 = S3ModelRegistryProvider.client(settings());
    }

    @AfterAll
    static void stopServer() {
        s3.close();
        server.close();
        restore("aws.accessKeyId", previousKey);
        restore("aws.secretAccessKey", previousSecret);
    }

    private static Map<String, String> settings() {
        return Map.of(
                ModelRegistries.ENDPOINT, server.endpoint().toString(),
                ModelRegistries.REGION, server.region(),
                ModelRegistries.PATH_STYLE, "true");
    }

    @Override
    protected ModelRegistry createRegistry(Clock clock) {
        prefix = "it-" + TESTS.incrementAndGet() + "/";
        return new S3ModelRegistry(s3, BUCKET, prefix, clock);
    }

    @Override
    protected ObjectStore rawStore() {
        return new S3ObjectStore(s3, BUCKET, prefix);
    }

    @Test
    void objectsFollowTheArchitectureLayoutInTheBucket() {
        registry().publish(newPackage("job-1"));

        assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(prefix)).contents())
                .extracting(o -> o.key().substring(prefix.length()))
                .containsExactlyInAnyOrder(
                        "models/mailroom-text/claims/v000001.json",
                        "models/mailroom-text/v000001/manifest.json",
                        "models/mailroom-text/v000001/model.tribuo",
                        "models/mailroom-text/v000001/features.json");
        assertThat(registry().location()).isEqualTo("s3://mailroom/" + prefix);
    }

    @Test
    void openedFromAnS3UriWithEndpointSettings() {
        registry().publish(newPackage("job-1"));

        ModelRegistry opened = ModelRegistries.open("s3://" + BUCKET + "/" + prefix, settings());

        assertThat(opened).isInstanceOf(S3ModelRegistry.class);
        assertThat(opened.versions("mailroom-text")).containsExactly("v000001");
        assertThat(opened.fetch("mailroom-text", "v000001").manifest().trainingJobId())
                .isEqualTo("job-1");
        ((S3ModelRegistry) opened).close();
    }

    @Test
    void registryAtTheBucketRootSeesNoOtherPrefixes() throws Exception {
        String bucket = server.createBucket("mailroom-root-" + TESTS.incrementAndGet());
        S3ModelRegistry root = new S3ModelRegistry(s3, bucket, "");
        root.publish(newPackage("job-1"));
        root.putDocument("jobs/1.json", new byte[] {1});

        assertThat(s3.listObjectsV2(b -> b.bucket(bucket)).contents())
                .extracting(o -> o.key())
                .contains("models/mailroom-text/v000001/manifest.json", "jobs/1.json");
        assertThat(root.listDocuments("jobs/")).containsExactly("jobs/1.json");
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
