package dev.mailroom.model.registry;

import java.net.URI;
import java.util.Map;

/**
 * Opens registries for a URI scheme other than {@code file}; found with {@link java.util.ServiceLoader} (model-registry-s3
 * provides {@code s3}).
 */
public interface ModelRegistryProvider {

    /** The URI scheme handled, e.g. {@code s3}. */
    String scheme();

    /** Opens the registry at {@code uri} with client {@code settings} (see {@link ModelRegistries}). */
    ModelRegistry open(URI uri, Map<String, String> settings);
}
