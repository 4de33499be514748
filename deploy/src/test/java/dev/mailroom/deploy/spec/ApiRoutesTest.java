package dev.mailroom.deploy.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mailroom.deploy.repo.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The load balancer's path rules send every REST controller of a service to that service, and to no other. */
class ApiRoutesTest {

    private static final Pattern MAPPING =
            Pattern.compile("@RequestMapping\\(\\s*(?:(?:value|path)\\s*=\\s*)?\"([^\"]+)\"");

    static Stream<ServiceSpec> services() {
        return ServiceCatalog.services(DeploymentValues.placeholders(), Optional.empty()).stream();
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyControllerPathIsRoutedToItsService(ServiceSpec spec) throws IOException {
        assumeTrue(Repo.hasApplication(spec.name()), spec.name() + " is not in the repository yet");
        List<String> paths = controllerPaths(spec.name());
        assertThat(paths).as("controllers of " + spec.name()).isNotEmpty();
        for (String path : paths) {
            String concrete = path.replaceAll("\\{[^}]+}", "x");
            for (String sub : List.of(concrete, concrete + "/x/y")) {
                assertThat(spec.apiPaths())
                        .as("%s reaches %s", sub, spec.name())
                        .anyMatch(rule -> matches(rule, sub));
                services().filter(other -> !other.name().equals(spec.name())).forEach(other -> assertThat(
                                other.apiPaths())
                        .as("%s must not reach %s", sub, other.name())
                        .noneMatch(rule -> matches(rule, sub)));
            }
        }
    }

    @Test
    void albWildcardsSpanPathSegments() {
        assertThat(matches("/api/v1/models/*", "/api/v1/models/mailroom-text/versions/3/promote"))
                .isTrue();
        assertThat(matches("/api/v1/models", "/api/v1/models")).isTrue();
        assertThat(matches("/api/v1/models", "/api/v1/modelsx")).isFalse();
    }

    /** ALB path-pattern semantics: {@code *} is any run of characters, {@code ?} one character. */
    static boolean matches(String rule, String path) {
        StringBuilder regex = new StringBuilder();
        for (char c : rule.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return path.matches(regex.toString());
    }

    static List<String> controllerPaths(String module) throws IOException {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Repo.root().resolve(module).resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = MAPPING.matcher(Files.readString(file));
                while (matcher.find()) {
                    paths.add(matcher.group(1));
                }
            }
        }
        return paths;
    }
}
