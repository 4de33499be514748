package dev.mailroom.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.model.registry.ModelRegistries;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.service.security.Role;
import dev.mailroom.service.testing.SecurityWalk;
import dev.mailroom.testsupport.S3TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole service on a random port with an S3 registry (in-process S3Proxy): train, publish, promote, roll back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingServiceIT {

    static final String BUCKET = "training-it";
    static final S3TestServer S3 = S3TestServer.inMemory();
    static final Path DATA;
    static final Path ROOT;

    static {
        S3.createBucket(BUCKET);
        // The registry's S3 client takes credentials from the AWS default chain.
        System.setProperty("aws.accessKeyId", S3.accessKey());
        System.setProperty("aws.secretAccessKey", S3.secretKey());
        try {
            DATA = Files.createTempDirectory("training-it");
            ROOT = Files.createDirectories(DATA.resolve("datasets"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("mailroom.registry.uri", () -> "s3://" + BUCKET);
        registry.add("mailroom.s3.endpoint", () -> S3.endpoint().toString());
        registry.add("mailroom.s3.region", S3::region);
        registry.add("mailroom.s3.path-style-access", () -> "true");
        SecurityWalk.keys(registry);
        registry.add("mailroom.training.trial-parallelism", () -> "2");
        registry.add("mailroom.training.dataset-roots", () -> ROOT.toString());
    }

    @AfterAll
    static void stopS3() {
        S3.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** A call with the walk's key of {@code role}, or without credentials when it is null. */
    private HttpResponse<String> send(String method, String path, String body, Role role) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (role != null) {
            request.header("Authorization", "Bearer " + SecurityWalk.keyOf(role));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST /api/v1/trainings} of {@code request} as JSON, with the train role's key. */
    private HttpResponse<String> submitTraining(Map<String, ?> request) throws Exception {
        return send("POST", "/api/v1/trainings", json.writeValueAsString(request), Role.TRAIN);
    }

    private JsonNode awaitEnd(String id) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            JsonNode job = json.readTree(
                    send("GET", "/api/v1/trainings/" + id, null, Role.READ).body());
            if (!job.get("status").asText().matches("QUEUED|RUNNING")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("training " + id + " did not end");
    }

    private String startTraining(Path train, String promotion) throws Exception {
        String body = json.writeValueAsString(Map.of(
                "model",
                "it-model",
                "dataset",
                Map.of("type", "file", "path", train.toString()),
                "kernels",
                List.of("naive-bayes"),
                "trials",
                2,
                "folds",
                2,
                "space",
                Map.of("naive-bayes", Map.of("alpha", List.of(0.1, 0.5))),
                "promotion",
                promotion));
        HttpResponse<String> response = send("POST", "/api/v1/trainings", body, Role.TRAIN);
        assertThat(response.statusCode()).isEqualTo(202);
        return json.readTree(response.body()).get("id").asText();
    }

    @Test
    void trainingViaRestPublishesToS3AndVersionsArePromotedAndRolledBack() throws Exception {
        Path train = TestCorpus.writeJsonl(ROOT.resolve("train.jsonl"), TestCorpus.generate(210, 77));

        // Mutating calls need the key.
        assertThat(send("POST", "/api/v1/trainings", "{}", null).statusCode()).isEqualTo(401);

        String first = startTraining(train, "always");
        JsonNode job = awaitEnd(first);
        assertThat(job.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.get("trialsDone").asInt()).isEqualTo(2);
        assertThat(job.get("trialsTotal").asInt()).isEqualTo(2);
        assertThat(job.get("leaderboard")).hasSize(2);
        assertThat(job.get("promotion").get("promoted").asBoolean()).isTrue();
        String v1 = job.get("version").asText();

        String second = startTraining(train, "never");
        JsonNode secondJob = awaitEnd(second);
        assertThat(secondJob.get("status").asText()).isEqualTo("SUCCEEDED");
        String v2 = secondJob.get("version").asText();
        assertThat(v2).isNotEqualTo(v1);

        JsonNode versions = json.readTree(
                send("GET", "/api/v1/models/it-model/versions", null, Role.READ).body());
        assertThat(versions.get("production").asText()).isEqualTo(v1);
        assertThat(versions.get("versions")).hasSize(2);

        assertThat(send("POST", "/api/v1/models/it-model/versions/" + v2 + "/promote", null, null)
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> promoted = send(
                "POST",
                "/api/v1/models/it-model/versions/" + v2 + "/promote",
                "{\"reason\":\"better on review\"}",
                Role.PROMOTE);
        assertThat(promoted.statusCode()).isEqualTo(200);
        JsonNode v2Detail = json.readTree(send("GET", "/api/v1/models/it-model/versions/" + v2, null, Role.READ)
                .body());
        assertThat(v2Detail.get("production").asBoolean()).isTrue();
        assertThat(v2Detail.get("manifest").get("trainingJobId").asText()).isEqualTo(second);

        assertThat(send("POST", "/api/v1/models/it-model/rollback", null, null).statusCode())
                .isEqualTo(401);
        HttpResponse<String> rolledBack =
                send("POST", "/api/v1/models/it-model/rollback", "{\"reason\":\"complaints up\"}", Role.PROMOTE);
        assertThat(rolledBack.statusCode()).isEqualTo(200);
        assertThat(json.readTree(rolledBack.body()).get("version").asText()).isEqualTo(v1);

        // The registry on S3 holds the versions, the production alias and the jobs for a restart.
        ModelRegistry s3 = ModelRegistries.open(
                "s3://" + BUCKET,
                Map.of(
                        ModelRegistries.ENDPOINT, S3.endpoint().toString(),
                        ModelRegistries.REGION, S3.region(),
                        ModelRegistries.PATH_STYLE, "true"));
        assertThat(s3.versions("it-model")).containsExactly(v1, v2);
        assertThat(s3.production("it-model")).contains(v1);
        assertThat(s3.listDocuments("jobs/")).contains("jobs/" + first + ".json", "jobs/" + second + ".json");

        JsonNode list =
                json.readTree(send("GET", "/api/v1/trainings", null, Role.READ).body());
        assertThat(list.findValuesAsText("id")).contains(first, second);
    }

    @Test
    void openApiHealthAndMetricsAreServed() throws Exception {
        HttpResponse<String> docs = send("GET", "/v3/api-docs", null, Role.READ);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/v1/trainings")).isTrue();
        assertThat(paths.has("/api/v1/models/{name}/rollback")).isTrue();
        assertThat(send("GET", "/actuator/health/readiness", null, null).body()).contains("UP");
        assertThat(send("GET", "/actuator/prometheus", null, Role.OPS).statusCode())
                .isEqualTo(200);
        HttpResponse<String> missing = send("GET", "/api/v1/trainings/nope", null, Role.READ);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(missing.body()).contains("\"reason\":\"not-found\"");
    }

    @Test
    void everyEndpointIsWalkedWithEachCredentialAndThePathTricks() {
        List<SecurityWalk.Call> calls = SecurityWalk.of(context, port)
                .expect(HttpMethod.POST, "/api/v1/trainings", Role.TRAIN)
                .expect(HttpMethod.GET, "/api/v1/trainings", Role.READ)
                .expect(HttpMethod.GET, "/api/v1/trainings/{id}", Role.READ)
                .expect(HttpMethod.DELETE, "/api/v1/trainings/{id}", Role.TRAIN)
                .expect(HttpMethod.POST, "/api/v1/trainings/{id}/cancel", Role.TRAIN)
                .expect(HttpMethod.GET, "/api/v1/models/{name}/versions", Role.READ)
                .expect(HttpMethod.GET, "/api/v1/models/{name}/versions/{version}", Role.READ)
                .expect(HttpMethod.POST, "/api/v1/models/{name}/versions/{version}/promote", Role.PROMOTE)
                .expect(HttpMethod.POST, "/api/v1/models/{name}/rollback", Role.PROMOTE)
                .run();

        // the two tricks of the issue: never a business answer (409 and 422 before)
        assertThat(calls)
                .filteredOn(call -> call.path().equals("/api;x/v1/models/x/rollback")
                        || call.path().equals("/%61pi/v1/trainings"))
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.status()).isIn(400, 401, 403));
        assertThat(calls).extracting(SecurityWalk.Call::path).contains("/actuator/prometheus", "/v3/api-docs");
    }

    @Test
    void datasetsOutsideTheRootAndRequestsOverALimitAre422() throws Exception {
        Path secret = TestCorpus.writeJsonl(
                Files.createDirectories(DATA.resolve("private")).resolve("secret.jsonl"), TestCorpus.generate(30, 5));
        Path link = ROOT.resolve("looks-local.jsonl");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, secret);

        HttpResponse<String> viaLink =
                submitTraining(Map.of("dataset", Map.of("type", "file", "path", link.toString())));
        HttpResponse<String> viaDots =
                submitTraining(Map.of("dataset", Map.of("type", "file", "path", ROOT + "/../private/secret.jsonl")));
        HttpResponse<String> jdbc = submitTraining(Map.of(
                "dataset",
                Map.of(
                        "type",
                        "jdbc",
                        "url",
                        "jdbc:postgresql://127.0.0.1:5432/test?password=hunter2",
                        "query",
                        "SELECT 1")));
        HttpResponse<String> tooMany = submitTraining(Map.of(
                "dataset",
                Map.of("type", "file", "path", ROOT.resolve("train.jsonl").toString()),
                "trials",
                201));

        for (HttpResponse<String> response : List.of(viaLink, viaDots, jdbc)) {
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(json.readTree(response.body()).get("reason").asText()).isEqualTo("dataset-not-allowed");
        }
        assertThat(json.readTree(viaLink.body()).get("field").asText()).isEqualTo("dataset.path");
        assertThat(json.readTree(viaLink.body()).get("detail").asText()).contains("resolving to");
        assertThat(json.readTree(jdbc.body()).get("field").asText()).isEqualTo("dataset.url");
        assertThat(jdbc.body()).doesNotContain("hunter2", "5432");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(json.readTree(tooMany.body()).get("reason").asText()).isEqualTo("limit-exceeded");
        assertThat(json.readTree(tooMany.body()).get("field").asText()).isEqualTo("trials");
    }
}
