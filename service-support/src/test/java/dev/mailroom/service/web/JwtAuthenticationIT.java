package dev.mailroom.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * JWTs of an OIDC issuer, validated for real: an RSA key made here, its JWK set and discovery document served over
 * HTTP by a small issuer, tokens signed with it (and with a stranger's key). No API keys: a JWT issuer alone is a
 * credential source.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwtAuthenticationIT {

    static final RSAKey KEY = rsaKey("issuer-key");
    static final RSAKey STRANGER = rsaKey("issuer-key");
    static final HttpServer ISSUER = issuer();
    static final String ISSUER_URI = "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/pool";

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("mailroom.security.jwt.issuer-uri", () -> ISSUER_URI);
        registry.add("mailroom.security.jwt.roles-claim", () -> "cognito:groups");
        registry.add("mailroom.security.jwt.role-prefix", () -> "mailroom-");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop(0);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer issuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/pool";
            serve(
                    server,
                    "/pool/.well-known/openid-configuration",
                    """
                    {"issuer": "%s", "jwks_uri": "%s/jwks"}""".formatted(base, base));
            serve(server, "/pool/jwks", new JWKSet(KEY.toPublicJWK()).toString());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(HttpServer server, String path, String json) {
        server.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    static String token(RSAKey key, String issuer, Instant expires, List<String> groups) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .subject("data-scientist-1")
                        .issueTime(Date.from(expires.minus(Duration.ofHours(1))))
                        .expirationTime(Date.from(expires))
                        .claim("cognito:groups", groups)
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static String valid(List<String> groups) throws JOSEException {
        return token(KEY, ISSUER_URI, Instant.now().plus(Duration.ofMinutes(10)), groups);
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSignedTokenCarriesTheRolesOfItsGroupsClaim() throws Exception {
        String reader = valid(List.of("mailroom-read", "other-app-admin"));

        assertThat(send("GET", "/api/v1/things/1", reader).statusCode()).isEqualTo(200);
        HttpResponse<String> promote = send("POST", "/api/v1/things/1/promote", reader);
        assertThat(promote.statusCode()).isEqualTo(403);
        assertThat(promote.body()).contains("\"reason\":\"forbidden\"");
        assertThat(send("POST", "/api/v1/things/1/promote", valid(List.of("mailroom-promote")))
                        .statusCode())
                .isEqualTo(409);
        // a group without the configured prefix is not a role
        assertThat(send("GET", "/api/v1/things/1", valid(List.of("read"))).statusCode())
                .isEqualTo(403);
    }

    @Test
    void expiredForeignOrOtherIssuersTokensAre401InvalidToken() throws Exception {
        List<String> groups = List.of("mailroom-read");
        List<String> refused = List.of(
                token(KEY, ISSUER_URI, Instant.now().minus(Duration.ofMinutes(5)), groups),
                token(STRANGER, ISSUER_URI, Instant.now().plus(Duration.ofMinutes(10)), groups),
                token(
                        KEY,
                        "https://cognito-idp.eu-west-1.amazonaws.com/other-pool",
                        Instant.now().plus(Duration.ofMinutes(10)),
                        groups),
                valid(groups).replaceFirst("\\.[^.]+$", ".c2lnbmF0dXJl"));

        for (String token : refused) {
            HttpResponse<String> response = send("GET", "/api/v1/things/1", token);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                    .startsWith("Bearer")
                    .contains("invalid_token");
            assertThat(response.body()).contains("\"reason\":\"unauthorized\"");
        }
    }

    @Test
    void withoutApiKeysConfiguredAKeyIsRefusedAndNoTokenIs401() throws Exception {
        assertThat(send("GET", "/api/v1/things/1", "an-api-key-that-nobody-has-configured")
                        .statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/v1/things/1", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/actuator/health", null).statusCode()).isEqualTo(200);
    }
}
