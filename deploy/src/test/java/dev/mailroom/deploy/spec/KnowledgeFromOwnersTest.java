package dev.mailroom.deploy.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mailroom.contracts.ContentRefs;
import dev.mailroom.deploy.repo.Repo;
import dev.mailroom.deploy.stack.MailroomStack;
import dev.mailroom.router.RouterConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the deployment knows about the services and cannot import from them (Spring applications are not libraries):
 * read from their sources and configuration, so a rename there fails here rather than on AWS.
 */
class KnowledgeFromOwnersTest {

    @Test
    void classifierGroupsAreItsListenerIds() throws IOException {
        String listener = Files.readString(
                Repo.root()
                        .resolve(
                                "classifier-service/src/main/java/dev/mailroom/classifier/messaging/RoutedDocumentListener.java"));
        assertThat(constant(listener, "TEXT_LISTENER")).isEqualTo(ServiceCatalog.CLASSIFIER_TEXT_GROUP);
        assertThat(constant(listener, "SCANNED_LISTENER")).isEqualTo(ServiceCatalog.CLASSIFIER_SCANNED_GROUP);
        // Spring Kafka makes the listener id the group id unless told otherwise
        assertThat(listener)
                .contains("id = TEXT_LISTENER")
                .contains("id = SCANNED_LISTENER")
                .doesNotContain("idIsGroup");
    }

    @Test
    void classifierTransactionalIdsStartWithTheGrantedPrefix() throws IOException {
        JsonNode yaml = new YAMLMapper()
                .readTree(Repo.root()
                        .resolve("classifier-service/src/main/resources/application.yaml")
                        .toFile());
        assertThat(yaml.at("/spring/kafka/producer/transaction-id-prefix").asText())
                .startsWith(ServiceCatalog.CLASSIFIER_TRANSACTIONAL_ID_PREFIX);
    }

    @Test
    void rawKeysAreUnderTheGrantedPrefix() {
        assertThat(ContentRefs.rawKey(Instant.parse("2026-12-04T10:00:00Z"), UUID.randomUUID()))
                .startsWith(ServiceCatalog.RAW_PREFIX);
    }

    @Test
    void recordSizesFitFromIngestThroughTheRouterToTheTopics() throws IOException {
        JsonNode yaml = new YAMLMapper()
                .readTree(Repo.root()
                        .resolve("ingest-service/src/main/resources/application.yaml")
                        .toFile());
        int maxTextChars = yaml.at("/mailroom/ingest/extraction/max-text-chars").asInt();
        assertThat(maxTextChars).isEqualTo(1_000_000);
        assertThat(KafkaLimits.ingestRecordBytes(maxTextChars)).isLessThanOrEqualTo(KafkaLimits.INGEST_RECORD_BYTES);
        assertThat(KafkaLimits.rejectedRecordBytes(KafkaLimits.INGEST_RECORD_BYTES))
                .isLessThanOrEqualTo(KafkaLimits.MAX_MESSAGE_BYTES);
        assertThat(RouterConfig.MAX_REQUEST_BYTES).isEqualTo(KafkaLimits.MAX_MESSAGE_BYTES);
    }

    @Test
    void loadBalancerIdleTimeoutOutlastsTheWorkAfterTheLargestUpload() throws IOException {
        JsonNode yaml = new YAMLMapper()
                .readTree(Repo.root()
                        .resolve("ingest-service/src/main/resources/application.yaml")
                        .toFile());
        String maxFile = yaml.at("/spring/servlet/multipart/max-file-size").asText();
        assertThat(maxFile).endsWith("MB");
        long uploadMb = Long.parseLong(maxFile.replace("MB", ""));
        String extraction = yaml.at("/mailroom/ingest/extraction/timeout").asText();
        assertThat(extraction).endsWith("s");
        long extractionSeconds = Long.parseLong(extraction.replace("s", ""));
        // after the last byte the connection idles while ingest extracts text and stores the bytes in S3 (>= 10 MB/s
        // from a task): keep twice that
        long busySeconds = extractionSeconds + uploadMb / 10;
        assertThat(MailroomStack.ALB_IDLE_TIMEOUT_SECONDS).isGreaterThanOrEqualTo((int) (2 * busySeconds));
    }

    private static String constant(String source, String name) {
        Matcher matcher =
                Pattern.compile("\\b" + name + "\\s*=\\s*\"([^\"]+)\"").matcher(source);
        assertThat(matcher.find()).as("constant %s", name).isTrue();
        return matcher.group(1);
    }
}
