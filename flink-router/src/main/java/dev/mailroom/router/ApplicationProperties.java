package dev.mailroom.router;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runtime properties in the format Amazon Managed Service for Apache Flink mounts at
 * {@value #MANAGED_FLINK_FILE}: a JSON array of {@code {"PropertyGroupId": ..., "PropertyMap": {...}}}. The
 * router reads the group {@value #GROUP} (and, as a fallback, AWS's conventional {@value #FALLBACK_GROUP}),
 * whose keys are the option names ({@code bootstrap-servers}, ...).
 */
final class ApplicationProperties {

    /** Where Managed Service for Apache Flink puts the application's runtime properties. */
    static final String MANAGED_FLINK_FILE = "/etc/flink/application_properties.json";

    /** The property group the router reads. */
    static final String GROUP = "RouterConfig";

    /** The group name AWS's examples use; read too, {@link #GROUP} wins. */
    static final String FALLBACK_GROUP = "FlinkApplicationProperties";

    private ApplicationProperties() {}

    /** The router's properties in {@code file}; empty when the file has no such group. */
    static Map<String, String> load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read application properties " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(
                    "application properties " + file + " must be a JSON array of property groups");
        }
        Map<String, String> properties = new HashMap<>();
        for (String wanted : new String[] {FALLBACK_GROUP, GROUP}) {
            for (JsonNode group : root) {
                if (wanted.equals(group.path("PropertyGroupId").asText())) {
                    group.path("PropertyMap")
                            .fields()
                            .forEachRemaining(
                                    e -> properties.put(e.getKey(), e.getValue().asText()));
                }
            }
        }
        return properties;
    }
}
