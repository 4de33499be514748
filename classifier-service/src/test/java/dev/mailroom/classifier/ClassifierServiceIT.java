package dev.mailroom.classifier;

import dev.mailroom.classifier.testing.FlakyListener;
import dev.mailroom.classifier.testing.TestModels;
import dev.mailroom.contracts.Topic;
import dev.mailroom.model.registry.FileSystemModelRegistry;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.service.testing.SecurityWalk;
import dev.mailroom.testsupport.S3TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shared setup of the service's integration tests: the whole application on a random port against
 * a real embedded Kafka broker (KRaft, random port), an in-process S3 server and a filesystem model
 * registry with a tiny trained text model in production. Subclasses share one application context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "mailroom.classifier.model.refresh-interval=200ms",
            "mailroom.classifier.kafka.retry-interval=100ms",
            "mailroom.classifier.decision.default-threshold=0.0",
            "mailroom.classifier.decision.thresholds.complaint=1.0",
            "mailroom.classifier.ocr.threads=2",
            "management.endpoint.health.show-details=always"
        })
@EmbeddedKafka(
        partitions = 1,
        topics = {
            Topic.Names.TEXT,
            Topic.Names.SCANNED,
            Topic.Names.CLASSIFIED,
            Topic.Names.REJECTED,
            FlakyListener.TOPIC
        },
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
@Import(FlakyListener.class)
public abstract class ClassifierServiceIT {

    protected static final String BUCKET = "mailroom";
    protected static final String TEXT_MODEL = "mailroom-text";

    protected static final S3TestServer S3 = S3TestServer.inMemory();
    protected static final Path REGISTRY_ROOT = tempDir();
    protected static final ModelRegistry REGISTRY = new FileSystemModelRegistry(REGISTRY_ROOT);

    static {
        S3.createBucket(BUCKET);
        S3.createBucket("elsewhere");
        TestModels.publishAndPromote(REGISTRY, TEXT_MODEL, 1);
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        properties.add("mailroom.s3.endpoint", () -> S3.endpoint().toString());
        properties.add("mailroom.s3.region", S3::region);
        properties.add("mailroom.s3.bucket", () -> BUCKET);
        properties.add("mailroom.s3.path-style-access", () -> "true");
        properties.add("mailroom.registry.uri", () -> REGISTRY_ROOT.toUri().toString());
        SecurityWalk.keys(properties);
        System.setProperty("aws.accessKeyId", S3.accessKey());
        System.setProperty("aws.secretAccessKey", S3.secretKey());
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("classifier-registry-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
