package dev.mailroom.classifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classifier.ClassifierServiceIT;
import dev.mailroom.classifier.model.ActiveModels;
import dev.mailroom.classifier.ocr.PageImages;
import dev.mailroom.contracts.Channel;
import dev.mailroom.contracts.DocumentClassified;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.Label;
import dev.mailroom.contracts.Route;
import dev.mailroom.service.security.Role;
import dev.mailroom.service.testing.SecurityWalk;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** {@code POST /api/v1/classifications} over HTTP against the running service. */
class ClassificationRestIT extends ClassifierServiceIT {

    static final EventCodec CODEC = new EventCodec();
    static final List<String> INVOICE = List.of(
            "INVOICE number 4711",
            "Amount due: 1250 EUR, please pay the invoice",
            "Payment within 30 days by bank transfer",
            "Total EUR, vat included");

    @LocalServerPort
    int port;

    @Autowired
    ActiveModels models;

    @Autowired
    ApplicationContext context;

    RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(models::ready);
    }

    ResponseEntity<String> postJson(String json) {
        return http.post()
                .uri("/api/v1/classifications")
                .header("X-Api-Key", SecurityWalk.keyOf(Role.CLASSIFY))
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .retrieve()
                .toEntity(String.class);
    }

    ResponseEntity<String> postFile(String filename, byte[] bytes) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        form.add("sender", "scanner@example.com");
        return http.post()
                .uri("/api/v1/classifications")
                .header("X-Api-Key", SecurityWalk.keyOf(Role.CLASSIFY))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .retrieve()
                .toEntity(String.class);
    }

    @Test
    void jsonTextIsClassifiedIntoTheOutcomeEventBody() {
        ResponseEntity<String> response = postJson(
                "{\"text\":\"Amount due 1250 EUR, please pay the invoice by bank transfer\",\"sender\":\"a@b.example\"}");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        DocumentClassified outcome = CODEC.decode(response.getBody(), DocumentClassified.class);
        assertThat(outcome.label()).isEqualTo(Label.INVOICE);
        assertThat(outcome.department()).isEqualTo("accounts-payable");
        assertThat(outcome.needsReview()).isFalse();
        assertThat(outcome.route()).isEqualTo(Route.TEXT);
        assertThat(outcome.source().channel()).isEqualTo(Channel.API);
        assertThat(outcome.source().sender()).isEqualTo("a@b.example");
        assertThat(outcome.model().name()).isEqualTo(TEXT_MODEL);
        assertThat(outcome.model().version())
                .isEqualTo(REGISTRY.production(TEXT_MODEL).orElseThrow());
        assertThat(outcome.scores()).hasSize(Label.values().length);
        assertThat(outcome.scores().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(outcome.explanation()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(outcome.classifiedAt()).isAfterOrEqualTo(outcome.receivedAt());
    }

    @Test
    void labelUnderItsThresholdGoesToReview() {
        ResponseEntity<String> response = postJson(
                "{\"text\":\"formal complaint: I am very disappointed, it arrived broken, I demand a refund\"}");

        DocumentClassified outcome = CODEC.decode(response.getBody(), DocumentClassified.class);
        assertThat(outcome.label()).isEqualTo(Label.COMPLAINT);
        assertThat(outcome.needsReview()).isTrue();
        assertThat(outcome.department()).isEqualTo("review");
    }

    @Test
    void scannedImageUploadGoesThroughOcr() {
        ResponseEntity<String> response = postFile("scan.png", PageImages.png(INVOICE));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        DocumentClassified outcome = CODEC.decode(response.getBody(), DocumentClassified.class);
        assertThat(outcome.route()).isEqualTo(Route.SCANNED);
        assertThat(outcome.label()).isEqualTo(Label.INVOICE);
        assertThat(outcome.source().filename()).isEqualTo("scan.png");
        assertThat(outcome.source().sender()).isEqualTo("scanner@example.com");
    }

    @Test
    void digitalPdfUploadUsesItsTextLayer() {
        ResponseEntity<String> response = postFile("invoice.pdf", PageImages.digitalPdf(INVOICE));

        DocumentClassified outcome = CODEC.decode(response.getBody(), DocumentClassified.class);
        assertThat(outcome.route()).isEqualTo(Route.TEXT);
        assertThat(outcome.label()).isEqualTo(Label.INVOICE);
    }

    @Test
    void blankTextIsAMalformedDocumentProblem() {
        ResponseEntity<String> response = postJson("{\"text\":\"  \"}");

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody()).contains("\"reason\":\"malformed\"");
    }

    @Test
    void unsupportedAndBombFilesAreProblemsWithTheirReason() {
        ResponseEntity<String> garbage = postFile("x.bin", new byte[] {0, 1, 2, 3, (byte) 0xFF, 0});
        ResponseEntity<String> bomb = postFile("bomb.png", PageImages.pixelBomb(50_000, 50_000));

        assertThat(garbage.getStatusCode().value()).isEqualTo(415);
        assertThat(garbage.getBody()).contains("\"reason\":\"unsupported-type\"");
        assertThat(bomb.getStatusCode().value()).isEqualTo(413);
        assertThat(bomb.getBody()).contains("\"reason\":\"decompression-bomb\"");
        assertThat(http.get()
                        .uri("/actuator/prometheus")
                        .header("X-Api-Key", SecurityWalk.keyOf(Role.OPS))
                        .retrieve()
                        .body(String.class))
                .containsPattern("mailroom_classifier_rejected_total\\{[^}]*reason=\"decompression-bomb\"")
                .containsPattern("mailroom_classifier_rejected_total\\{[^}]*reason=\"unsupported-type\"");
    }

    @Test
    void jsonBodyOverTheLimitIs413TooLargeWithOrWithoutContentLength() throws Exception {
        // default mailroom.classifier.rest.max-json-body: 1MB
        byte[] body = ("{\"text\": \"" + "invoice ".repeat(140_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/classifications");

        HttpResponse<String> sized = client.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .header("X-Api-Key", SecurityWalk.keyOf(Role.CLASSIFY))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = client.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .header("X-Api-Key", SecurityWalk.keyOf(Role.CLASSIFY))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(body.length).isGreaterThan(1024 * 1024);
        for (HttpResponse<String> response : List.of(sized, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"reason\":\"too-large\"", "mailroom.classifier.rest.max-json-body");
        }
        assertThat(postJson("{\"text\": \"" + String.join(" ", INVOICE) + "\"}")
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void everyEndpointIsWalkedWithEachCredentialAndThePathTricks() {
        List<SecurityWalk.Call> calls = SecurityWalk.of(context, port)
                .expect(HttpMethod.POST, "/api/v1/classifications", Role.CLASSIFY)
                .run();

        assertThat(calls)
                .filteredOn(call -> call.path().startsWith("/api/v1/classifications")
                        && call.credential().equals("classify"))
                .extracting(SecurityWalk.Call::status)
                .doesNotContain(401, 403);
        assertThat(calls).extracting(SecurityWalk.Call::path).contains("/actuator/prometheus", "/actuator/metrics");
    }

    @Test
    void openApiDocumentDescribesTheEndpoint() {
        ResponseEntity<String> docs = http.get()
                .uri("/v3/api-docs")
                .header("X-Api-Key", SecurityWalk.keyOf(Role.CLASSIFY))
                .retrieve()
                .toEntity(String.class);

        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        assertThat(docs.getBody()).contains("/api/v1/classifications", "multipart/form-data", "DocumentClassified");
    }

    @Test
    void readinessIsUpAndMetricsAreExposed() {
        postJson("{\"text\":\"purchase order: please deliver, order quantity 10\"}");

        ResponseEntity<String> readiness =
                http.get().uri("/actuator/health/readiness").retrieve().toEntity(String.class);
        ResponseEntity<String> prometheus = http.get()
                .uri("/actuator/prometheus")
                .header("X-Api-Key", SecurityWalk.keyOf(Role.OPS))
                .retrieve()
                .toEntity(String.class);

        assertThat(readiness.getStatusCode().value()).isEqualTo(200);
        assertThat(readiness.getBody()).contains("\"status\":\"UP\"");
        assertThat(prometheus.getBody())
                .contains("mailroom_classifier_documents_total{")
                .contains("mailroom_classifier_model_seconds_bucket")
                .contains("mailroom_classifier_end_to_end_seconds_bucket")
                .contains("mailroom_classifier_confidence_bucket")
                .contains("mailroom_classifier_model_info{");
    }
}
