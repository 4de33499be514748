package dev.mailroom.deploy.repo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration keys a Spring Boot service really reads: every key of its {@code application*.yaml}, every
 * component of its (and service-support's) {@code @ConfigurationProperties} records, and the few Spring Boot keys its starters bind.
 *
 * @param module the Maven module
 * @param keys the keys in canonical form (lower case, dotted, dashed)
 */
public record ConfigKeys(String module, Set<String> keys) {

    private static final Pattern PROPERTIES = Pattern.compile(
            "@ConfigurationProperties\\(\\s*(?:(?:prefix|value)\\s*=\\s*)?\"([^\"]+)\"\\s*\\)[^{]*?\\brecord\\s+\\w+\\s*\\(");

    /** Spring Boot keys any web service with Actuator binds. */
    private static final List<String> BOOT_KEYS = List.of("spring.profiles.active", "server.port");

    /** Spring Boot's Kafka keys, bound when spring-kafka is on the classpath. */
    private static final List<String> BOOT_KAFKA_KEYS = List.of(
            "spring.kafka.bootstrap-servers", "spring.kafka.security.protocol", "spring.kafka.consumer.group-id");

    /** The module of the configuration records every service shares. */
    private static final String SERVICE_SUPPORT = "service-support";

    /** Keys of {@code module}, or empty while its configuration is not in the repository yet. */
    public static Optional<ConfigKeys> of(String module) {
        Path dir = Repo.root().resolve(module);
        Path resources = dir.resolve("src/main/resources");
        List<Path> yamls = new ArrayList<>();
        if (Files.isDirectory(resources)) {
            try (Stream<Path> files = Files.list(resources)) {
                files.filter(file -> file.getFileName().toString().matches("application(-[\\w-]+)?\\.ya?ml"))
                        .sorted()
                        .forEach(yamls::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (yamls.isEmpty() || !Repo.hasApplication(module)) {
            return Optional.empty();
        }
        Set<String> keys = new TreeSet<>(BOOT_KEYS);
        for (Path yaml : yamls) {
            keys.addAll(yamlKeys(yaml));
        }
        keys.addAll(propertiesKeys(dir.resolve("src/main/java")));
        try {
            String pom = Files.readString(dir.resolve("pom.xml"));
            if (pom.matches("(?s).*<artifactId>spring-(boot-starter-)?kafka</artifactId>.*")) {
                keys.addAll(BOOT_KAFKA_KEYS);
            }
            if (pom.contains("<artifactId>" + SERVICE_SUPPORT + "</artifactId>")) {
                // the shared auto-configuration binds its records in every service that depends on it
                keys.addAll(propertiesKeys(Repo.root().resolve(SERVICE_SUPPORT).resolve("src/main/java")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new ConfigKeys(module, Set.copyOf(keys)));
    }

    /** Whether the environment variable {@code name} binds one of the keys (Spring relaxed binding). */
    public boolean readsEnvironmentVariable(String name) {
        String env = name.toUpperCase(Locale.ROOT);
        for (String key : keys) {
            String upper = key.toUpperCase(Locale.ROOT);
            if (env.equals(upper.replace('.', '_').replace('-', '_'))
                    || env.equals(upper.replace("-", "").replace('.', '_'))) {
                return true;
            }
        }
        return false;
    }

    static Set<String> yamlKeys(Path yaml) {
        Set<String> keys = new TreeSet<>();
        try (MappingIterator<JsonNode> documents =
                new YAMLMapper().readerFor(JsonNode.class).readValues(yaml.toFile())) {
            while (documents.hasNext()) {
                flatten("", documents.next(), keys);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static void flatten(String prefix, JsonNode node, Set<String> keys) {
        if (node == null || !node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            keys.add(key);
            flatten(key, field.getValue(), keys);
        }
    }

    static Set<String> propertiesKeys(Path sources) {
        Set<String> keys = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return keys;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher matcher = PROPERTIES.matcher(text);
                while (matcher.find()) {
                    String prefix = matcher.group(1);
                    for (String component : components(text, matcher.end())) {
                        keys.add(prefix + "." + kebab(component));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** Names of the record components in the header that starts at {@code start} (just after the paren). */
    private static List<String> components(String text, int start) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        StringBuilder component = new StringBuilder();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ')' && depth == 0) || (c == ',' && depth == 0)) {
                name(component.toString()).ifPresent(names::add);
                component.setLength(0);
                if (c == ')') {
                    break;
                }
                continue;
            }
            if (c == '<' || c == '(') {
                depth++;
            } else if (c == '>' || c == ')') {
                depth--;
            }
            component.append(c);
        }
        return names;
    }

    private static Optional<String> name(String component) {
        String cleaned = component
                .replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\n]*", " ")
                .strip();
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        String[] words = cleaned.split("\\s+");
        return Optional.of(words[words.length - 1]);
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
