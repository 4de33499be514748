package dev.mailroom.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.service.security.Role;
import dev.mailroom.service.testing.SecurityWalk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shared filter chain and problem details on a real servlet container, as a service gets them. */
@SpringBootTest(
        classes = TestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.endpoints.web.exposure.include=health,info,metrics",
            "management.endpoint.health.probes.enabled=true"
        })
class ServiceSecurityIT {

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        SecurityWalk.keys(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> send(String method, String path, String body, String contentType, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode problem(HttpResponse<String> response, int status, String reason) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("reason").asText()).isEqualTo(reason);
        assertThat(body.path("type").asText()).isEqualTo("https://mailroom.dev/problems/" + reason);
        return body;
    }

    @Test
    void everyEndpointAnswersEachCredentialAsItsRoleSaysAndNoPathTrickReachesAController() {
        List<SecurityWalk.Call> calls = SecurityWalk.of(context, port)
                .expect(HttpMethod.POST, "/api/v1/things", Role.UPLOAD)
                .expect(HttpMethod.GET, "/api/v1/things/{id}", Role.READ)
                .expect(HttpMethod.POST, "/api/v1/things/{id}/promote", Role.PROMOTE)
                .run();

        assertThat(calls)
                .extracting(SecurityWalk.Call::path)
                .contains(
                        "/api/v1/things/x/promote",
                        "/api;x/v1/things/x/promote",
                        "/%61pi/v1/things/x/promote",
                        "//api/v1/things/x/promote",
                        "/api/v1/../v1/things/x/promote",
                        "/actuator/metrics",
                        "/actuator/health/readiness");
        // the promotion endpoint answers 409 from its controller: only the promote key ever got there
        assertThat(calls)
                .filteredOn(call -> call.status() == 409)
                .extracting(SecurityWalk.Call::credential)
                .containsOnly("promote");
    }

    @Test
    void noCredentialsIs401WithChallengeAndAWrongKeyAnInvalidTokenChallenge() throws Exception {
        HttpResponse<String> none = send("GET", "/api/v1/things/1", null, null);
        HttpResponse<String> wrong = send("GET", "/api/v1/things/1", null, null, "X-Api-Key", SecurityWalk.WRONG_KEY);
        HttpResponse<String> html = send("GET", "/api/v1/things/1", null, null, "Accept", "text/html");

        problem(none, 401, "unauthorized");
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"mailroom\"");
        problem(wrong, 401, "unauthorized");
        assertThat(wrong.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("error=\"invalid_token\"");
        assertThat(wrong.body()).doesNotContain(SecurityWalk.WRONG_KEY);
        assertThat(html.statusCode()).isEqualTo(401);
        assertThat(html.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void twoCredentialsAtOnceAreRefused() throws Exception {
        HttpResponse<String> both = send(
                "GET",
                "/api/v1/things/1",
                null,
                null,
                "X-Api-Key",
                SecurityWalk.keyOf(Role.READ),
                "Authorization",
                "Bearer " + SecurityWalk.keyOf(Role.READ));

        problem(both, 401, "unauthorized");
    }

    @Test
    void unmappedPathsAndMethodsAreDeniedEvenWithAValidKey() throws Exception {
        String key = SecurityWalk.keyOf(Role.READ);

        problem(send("GET", "/api/v1/nothing", null, null, "X-Api-Key", key), 403, "forbidden");
        problem(send("DELETE", "/api/v1/things/1", null, null, "X-Api-Key", key), 403, "forbidden");
        problem(send("GET", "/api/v1/nothing", null, null), 401, "unauthorized");
    }

    @Test
    void firewallRejectionsAreBadRequestProblems() throws Exception {
        problem(send("GET", "/api;x/v1/things/1", null, null), 400, "bad-request");
        problem(send("GET", "//api/v1/things/1", null, null), 400, "bad-request");
        problem(send("GET", "/api/v1/../v1/things/1", null, null), 400, "bad-request");
    }

    @Test
    void domainFrameworkAndUnexpectedErrorsShareTheVocabulary() throws Exception {
        String[] upload = {"X-Api-Key", SecurityWalk.keyOf(Role.UPLOAD)};
        String[] read = {"X-Api-Key", SecurityWalk.keyOf(Role.READ)};

        problem(send("GET", "/api/v1/things/missing", null, null, read), 404, "no-thing");
        problem(send("POST", "/api/v1/things", "{\"name\":\" \"}", "application/json", upload), 422, "invalid-request");
        JsonNode illegal = problem(
                send("POST", "/api/v1/things", "{\"name\":\"illegal\"}", "application/json", upload),
                422,
                "invalid-request");
        assertThat(illegal.path("detail").asText()).contains("not a thing name");
        problem(send("POST", "/api/v1/things", "{not json", "application/json", upload), 400, "bad-request");
        problem(send("POST", "/api/v1/things", "name", "text/plain", upload), 415, "unsupported-type");
        JsonNode boom = problem(
                send("POST", "/api/v1/things", "{\"name\":\"boom\"}", "application/json", upload),
                500,
                "internal-error");
        assertThat(boom.path("detail").asText()).doesNotContain("secrets");
        problem(
                send(
                        "GET",
                        "/api/v1/things/1",
                        null,
                        null,
                        "X-Api-Key",
                        SecurityWalk.keyOf(Role.READ),
                        "Accept",
                        // not XML: a library on the classpath (since the Kafka/MSK wiring) brings an XML converter
                        "image/png"),
                406,
                "not-acceptable");
    }

    @Test
    void probesAreOpenAndTheRestOfActuatorNeedsOps() throws Exception {
        assertThat(send("GET", "/actuator/health/liveness", null, null).statusCode())
                .isEqualTo(200);
        problem(send("GET", "/actuator/metrics", null, null), 401, "unauthorized");
        problem(
                send("GET", "/actuator/metrics", null, null, "X-Api-Key", SecurityWalk.keyOf(Role.UPLOAD)),
                403,
                "forbidden");
        assertThat(send("GET", "/actuator/metrics", null, null, "X-Api-Key", SecurityWalk.keyOf(Role.OPS))
                        .statusCode())
                .isEqualTo(200);
    }
}
