package dev.mailroom.service.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.service.security.Role;
import dev.mailroom.service.security.ServiceSecurityAutoConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Walks every endpoint of a running service over real HTTP (the servlet container's own path handling, which MockMvc
 * skips) with no credentials, a wrong key, keys lacking the role, the right key, and path tricks, and asserts the
 * answers. Endpoints are found in the application's handler mappings (controllers, Actuator, the OpenAPI document),
 * so a new endpoint without an expectation fails the walk. Register {@link #keys(DynamicPropertyRegistry)} in the
 * application under test: one API key per role.
 */
public final class SecurityWalk {

    /** A key no client has (long enough to pass any length check). */
    public static final String WRONG_KEY = "walk-wrong-key-0123456789abcdefghij";

    /** Statuses a path trick may get: refused by the firewall or the container, or by the access rules. */
    public static final Set<Integer> TRICK_ANSWERS = Set.of(400, 401, 403, 404);

    private static final Logger log = LoggerFactory.getLogger(SecurityWalk.class);

    /** What an endpoint needs. */
    public sealed interface Access {
        /** Open to anyone (health probes). */
        record Open() implements Access {}

        /** Any valid credential. */
        record Authenticated() implements Access {}

        /** This role. */
        record Needs(Role role) implements Access {}

        /** Nobody: not an endpoint callers may use. */
        record Denied() implements Access {}
    }

    /**
     * One HTTP call of the walk and its answer.
     *
     * @param method the method
     * @param path the raw path sent
     * @param credential what was presented: none, wrong, a role's key
     * @param status the answer
     */
    public record Call(String method, String path, String credential, int status) {
        @Override
        public String toString() {
            return method + " " + path + " [" + credential + "] -> " + status;
        }
    }

    private record Endpoint(String method, String path, String pattern) {}

    private final ApplicationContext context;
    private final URI base;
    private final Map<String, Access> expectations = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<Call> calls = new ArrayList<>();

    private SecurityWalk(ApplicationContext context, int port) {
        this.context = context;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** A walk of the application {@code context} listening on {@code port}. */
    public static SecurityWalk of(ApplicationContext context, int port) {
        return new SecurityWalk(context, port);
    }

    /** The API key the walk uses for {@code role}. */
    public static String keyOf(Role role) {
        return "walk-" + role.code() + "-key-0123456789abcdefghij";
    }

    /** One API key client per role ({@code walk<role>}), for {@code @DynamicPropertySource}. */
    public static void keys(DynamicPropertyRegistry registry) {
        keyProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The same keys as property name and value. */
    public static Map<String, String> keyProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            String client = "mailroom.security.api-keys.walk" + role.code();
            properties.put(client + ".key", keyOf(role));
            properties.put(client + ".roles", role.code());
        }
        return properties;
    }

    /** {@code method pattern} (as the handler mapping spells it) needs {@code role}. */
    public SecurityWalk expect(HttpMethod method, String pattern, Role role) {
        expectations.put(method.name() + " " + pattern, new Access.Needs(role));
        return this;
    }

    /** {@code method pattern} is refused to everyone. */
    public SecurityWalk expectDenied(HttpMethod method, String pattern) {
        expectations.put(method.name() + " " + pattern, new Access.Denied());
        return this;
    }

    /**
     * Walks every endpoint and asserts: every endpoint has an expectation; each answers as its access says to each
     * credential; no path trick gets anything but 400, 401, 403 or 404, without credentials or with a key lacking
     * the role. Returns the calls made, in order.
     */
    public List<Call> run() {
        List<Endpoint> endpoints = endpoints();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpoints) {
            Access access = access(endpoint);
            if (access == null) {
                softly.fail(
                        "%s %s has no expectation in the security walk: name the role it needs",
                        endpoint.method(), endpoint.pattern());
                continue;
            }
            walk(endpoint, access, softly);
        }
        log.info(
                "security walk, {} endpoints, {} calls:\n{}",
                endpoints.size(),
                calls.size(),
                calls.stream().map(Call::toString).collect(Collectors.joining("\n")));
        softly.assertAll();
        return List.copyOf(calls);
    }

    private void walk(Endpoint endpoint, Access access, SoftAssertions softly) {
        String method = endpoint.method();
        String path = endpoint.path();
        if (access instanceof Access.Open) {
            int status = call(method, path, "none", null, null);
            softly.assertThat(status)
                    .as("%s %s without credentials", method, path)
                    .isEqualTo(200);
        } else if (access instanceof Access.Denied) {
            assertUnauthorized(method, path, softly);
            for (Role role : Role.values()) {
                softly.assertThat(call(method, path, role.code(), "X-Api-Key", keyOf(role)))
                        .as("%s %s with the %s key", method, path, role.code())
                        .isEqualTo(403);
            }
        } else if (access instanceof Access.Authenticated) {
            assertUnauthorized(method, path, softly);
            for (Role role : Role.values()) {
                softly.assertThat(call(method, path, role.code(), "Authorization", "Bearer " + keyOf(role)))
                        .as("%s %s with the %s key", method, path, role.code())
                        .isNotIn(401, 403);
            }
            tricks(endpoint, null, softly); // any key may read it: tricks without credentials only
        } else if (access instanceof Access.Needs needs) {
            assertUnauthorized(method, path, softly);
            for (Role role : Role.values()) {
                if (role == needs.role()) {
                    continue;
                }
                HttpResponse<String> response = send(method, path, role.code(), "X-Api-Key", keyOf(role));
                softly.assertThat(response.statusCode())
                        .as("%s %s with the %s key (needs %s)", method, path, role.code(), needs.role())
                        .isEqualTo(403);
                softly.assertThat(response.headers().firstValue("Content-Type"))
                        .as("%s %s 403 content type", method, path)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                softly.assertThat(response.body())
                        .as("%s %s 403 body", method, path)
                        .contains("\"reason\":\"forbidden\"");
            }
            int right = call(method, path, needs.role().code(), "Authorization", "Bearer " + keyOf(needs.role()));
            softly.assertThat(right)
                    .as("%s %s with the %s key", method, path, needs.role().code())
                    .isNotIn(401, 403);
            Role other = needs.role() == Role.OPS ? Role.READ : Role.OPS;
            tricks(endpoint, other, softly);
        }
    }

    private void assertUnauthorized(String method, String path, SoftAssertions softly) {
        HttpResponse<String> none = send(method, path, "none", null, null);
        softly.assertThat(none.statusCode())
                .as("%s %s without credentials", method, path)
                .isEqualTo(401);
        softly.assertThat(none.headers().firstValue("WWW-Authenticate"))
                .as("%s %s 401 challenge", method, path)
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        softly.assertThat(none.headers().firstValue("Content-Type"))
                .as("%s %s 401 content type", method, path)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        softly.assertThat(none.body()).as("%s %s 401 body", method, path).contains("\"reason\":\"unauthorized\"");
        softly.assertThat(call(method, path, "wrong", "X-Api-Key", WRONG_KEY))
                .as("%s %s with a wrong X-Api-Key", method, path)
                .isEqualTo(401);
        softly.assertThat(call(method, path, "wrong", "Authorization", "Bearer " + WRONG_KEY))
                .as("%s %s with a wrong bearer key", method, path)
                .isEqualTo(401);
    }

    /**
     * Each trick, without credentials and (unless null) with the key of {@code lacking}, a role the endpoint does not
     * need.
     */
    private void tricks(Endpoint endpoint, Role lacking, SoftAssertions softly) {
        for (String trick : tricks(endpoint.path())) {
            softly.assertThat(call(endpoint.method(), trick, "none", null, null))
                    .as("trick %s %s without credentials", endpoint.method(), trick)
                    .isIn(TRICK_ANSWERS);
            if (lacking != null) {
                softly.assertThat(call(endpoint.method(), trick, lacking.code(), "X-Api-Key", keyOf(lacking)))
                        .as("trick %s %s with the %s key", endpoint.method(), trick, lacking.code())
                        .isIn(TRICK_ANSWERS);
            }
        }
    }

    /** Spellings of {@code path} that a naive prefix check would not recognise, or that normalise onto it. */
    public static List<String> tricks(String path) {
        List<String> segments = new ArrayList<>(Arrays.asList(path.substring(1).split("/")));
        String first = segments.get(0);
        String rest = path.substring(1 + first.length());
        Set<String> tricks = new LinkedHashSet<>();
        tricks.add("/" + first + ";x" + rest); // path parameter
        tricks.add("/" + first + ";jsessionid=x" + rest);
        tricks.add(path + ";x");
        tricks.add("/%" + Integer.toHexString(first.charAt(0)) + first.substring(1) + rest); // encoded letter
        tricks.add("/" + path); // empty first segment
        if (segments.size() > 1) {
            tricks.add("/" + first + "/" + rest); // empty inner segment
            String second = segments.get(1);
            tricks.add("/" + first + "/" + second + "/../" + rest.substring(1)); // dot-dot back onto the path
            tricks.add("/" + first + "/" + second + "/%2e%2e/" + rest.substring(1)); // encoded dot-dot
            tricks.add("/" + first + "/./" + rest.substring(1)); // dot segment
            tricks.add("/" + first + "%2F" + rest.substring(1)); // encoded slash
            tricks.add("/" + first + "%2f" + rest.substring(1));
            tricks.add("/" + first + "%5C" + rest.substring(1)); // encoded backslash
            tricks.add("/" + first + "%252F" + rest.substring(1)); // double-encoded slash
        } else {
            tricks.add("/x/../" + first);
        }
        tricks.add(path + "/"); // trailing slash
        tricks.add(path.toUpperCase(Locale.ROOT)); // upper case
        tricks.add("/" + first.toUpperCase(Locale.ROOT) + rest);
        tricks.add(path + "%00"); // encoded NUL
        tricks.remove(path);
        return List.copyOf(tricks);
    }

    private Access access(Endpoint endpoint) {
        Access declared = expectations.get(endpoint.method() + " " + endpoint.pattern());
        if (declared != null) {
            return declared;
        }
        String path = endpoint.path();
        if (ServiceSecurityAutoConfiguration.OPEN_PATHS.contains(path)
                && endpoint.method().equals("GET")) {
            return new Access.Open();
        }
        if (path.equals("/actuator") || path.startsWith("/actuator/")) {
            return new Access.Needs(Role.OPS);
        }
        AntPathMatcher matcher = new AntPathMatcher();
        if (endpoint.method().equals("GET")
                && ServiceSecurityAutoConfiguration.API_DOCS_PATHS.stream().anyMatch(p -> matcher.match(p, path))) {
            return new Access.Authenticated();
        }
        if (path.equals("/error")) {
            return new Access.Denied();
        }
        return null;
    }

    /** Every (method, concrete path) of the application's handler mappings, plus the health probes. */
    private List<Endpoint> endpoints() {
        Set<Endpoint> endpoints =
                new TreeSet<>((a, b) -> (a.path() + " " + a.method()).compareTo(b.path() + " " + b.method()));
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<String> names = methods.isEmpty()
                        ? List.of("GET", "POST")
                        : methods.stream().map(RequestMethod::name).toList();
                for (String pattern : info.getPatternValues()) {
                    for (String method : names) {
                        endpoints.add(new Endpoint(method, concrete(pattern), pattern));
                    }
                }
            }
        }
        for (String probe : ServiceSecurityAutoConfiguration.OPEN_PATHS) {
            endpoints.add(new Endpoint("GET", probe, probe));
        }
        assertThat(endpoints).as("endpoints found in the handler mappings").isNotEmpty();
        return List.copyOf(endpoints);
    }

    /** A path of {@code pattern}: every variable and wildcard becomes {@code x}. */
    static String concrete(String pattern) {
        String path = pattern.replaceAll("\\{[^}]*}", "x").replace("**", "x").replace("*", "x");
        return path.isEmpty() ? "/" : path;
    }

    private int call(String method, String path, String credential, String header, String value) {
        return send(method, path, credential, header, value).statusCode();
    }

    private HttpResponse<String> send(String method, String path, String credential, String header, String value) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        request.method(method, body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (body) {
            request.header("Content-Type", "application/json");
        }
        if (header != null) {
            request.header(header, value);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            calls.add(new Call(method, path, credential, response.statusCode()));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
