package dev.mailroom.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.ingest.pipeline.Analysis;
import dev.mailroom.ingest.pipeline.DeliveryException;
import dev.mailroom.ingest.pipeline.EventPublisher;
import dev.mailroom.ingest.pipeline.IngestPipeline;
import dev.mailroom.ingest.pipeline.RejectedContentException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The REST adapter's HTTP contract (status codes, problem details), with the pipeline on in-memory ports. */
@WebMvcTest(DocumentController.class)
@Import({WebConfiguration.class, DocumentControllerTest.Ports.class})
@TestPropertySource(properties = {"mailroom.ingest.upload.max-size=1KB", "mailroom.ingest.upload.max-json-body=200B"})
class DocumentControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Ports ports;

    @BeforeEach
    void reset() {
        ports.down.set(false);
        ports.produced.clear();
    }

    @Test
    void acceptedUploadAnswers202WithTheDocumentId() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/documents")
                .multipart()
                .file(new MockMultipartFile("file", "a.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
                .param("sender", "anna@example.com")
                .exchange();

        assertThat(result).hasStatus(202);
        assertThat(result).bodyJson().extractingPath("$.documentId").asString().hasSize(36);
        assertThat(ports.produced).containsExactly("ingested a.txt anna@example.com");
    }

    @Test
    void unavailableStorageOrBrokerIs503WithRetryAfterAndNothingProduced() {
        ports.down.set(true);

        MvcTestResult result = mvc.post()
                .uri("/api/v1/documents")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"hello\"}")
                .exchange();

        assertThat(result).hasStatus(503).hasHeader("Retry-After", "5");
        assertThat(result).bodyJson().extractingPath("$.title").asString().isEqualTo("Ingest temporarily unavailable");
        assertThat(ports.produced).isEmpty();
    }

    @Test
    void rejectedContentIsAProblemWithReasonAndDocumentId() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/documents")
                .multipart()
                .file(new MockMultipartFile(
                        "file", "x.bin", "application/pdf", "Xbinary".getBytes(StandardCharsets.UTF_8)))
                .exchange();

        assertThat(result).hasStatus(415);
        assertThat(result).bodyJson().extractingPath("$.reason").asString().isEqualTo("unsupported-type");
        assertThat(result).bodyJson().extractingPath("$.type").asString().endsWith("/unsupported-type");
        assertThat(ports.produced).containsExactly("rejected x.bin unsupported-type");
    }

    @Test
    void uploadOverTheLimitIs413AndRejectedAsTooLarge() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/documents")
                .multipart()
                .file(new MockMultipartFile("file", "big.txt", "text/plain", new byte[2048]))
                .exchange();

        assertThat(result).hasStatus(413);
        assertThat(result).bodyJson().extractingPath("$.reason").asString().isEqualTo("too-large");
        assertThat(ports.produced).containsExactly("rejected big.txt too-large");
    }

    @Test
    void jsonTextWithinTheBodyLimitIsAccepted() {
        String body = "{\"text\": \"" + "a".repeat(150) + "\", \"filename\": \"t.txt\"}";

        MvcTestResult result = mvc.post()
                .uri("/api/v1/documents")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();

        assertThat(body).hasSizeLessThanOrEqualTo(200);
        assertThat(result).hasStatus(202);
        assertThat(ports.produced).containsExactly("ingested t.txt null");
    }

    @Test
    void jsonTextOverTheBodyLimitIs413TooLargeBeforeParsingAndProducesNothing() {
        String body = "{\"text\": \"" + "a".repeat(200) + "\"}";

        MvcTestResult result = mvc.post()
                .uri("/api/v1/documents")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();

        assertThat(result).hasStatus(413);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(result).bodyJson().extractingPath("$.reason").asString().isEqualTo("too-large");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("over the limit of 200 bytes (mailroom.ingest.upload.max-json-body)");
        assertThat(ports.produced).isEmpty();
    }

    @Test
    void missingFilePartIs400Problem() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/documents")
                .multipart()
                .param("sender", "x")
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void unsupportedRequestMediaTypeIs415Problem() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/documents")
                .contentType(MediaType.TEXT_PLAIN)
                .content("hello")
                .exchange();

        assertThat(result).hasStatus(415);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(ports.produced).isEmpty();
    }

    /** In-memory ports: a store that can be down, a publisher that records what it acknowledged. */
    @TestConfiguration
    static class Ports {

        final AtomicBoolean down = new AtomicBoolean();
        final List<String> produced = new ArrayList<>();

        @Bean
        IngestPipeline ingestPipeline() {
            EventPublisher publisher = new EventPublisher() {
                @Override
                public void ingested(DocumentIngested event) {
                    produced.add("ingested " + event.source().filename() + " "
                            + event.source().sender());
                }

                @Override
                public void rejected(DocumentRejected event) {
                    produced.add("rejected " + event.source().filename() + " "
                            + event.reason().code());
                }
            };
            return new IngestPipeline(
                    (bytes, charset) -> {
                        if (bytes[0] == 'X') {
                            throw new RejectedContentException(
                                    RejectReason.UNSUPPORTED_TYPE, "unsupported content type x");
                        }
                        return new Analysis("text/plain", new String(bytes, StandardCharsets.UTF_8), true, 1);
                    },
                    (receivedAt, id, content, sha) -> {
                        if (down.get()) {
                            throw new DeliveryException("S3 down", null);
                        }
                        return "s3://bucket/raw/" + id;
                    },
                    publisher,
                    Clock.systemUTC(),
                    UUID::randomUUID,
                    new SimpleMeterRegistry());
        }
    }
}
