package dev.mailroom.model.registry;

import java.util.List;
import java.util.Optional;

/** The few storage operations a {@link ObjectStoreModelRegistry} needs; keys are {@code /}-separated. */
public interface ObjectStore {

    /** The object at {@code key}, if present. */
    Optional<byte[]> get(String key);

    /** Stores {@code content} at {@code key}, replacing any previous object (readers see old or new, never partial). */
    void put(String key, byte[] content);

    /** Stores {@code content} at {@code key} only if nothing is there; false when something already was. */
    boolean putIfAbsent(String key, byte[] content);

    /** Every key starting with {@code prefix}, at any depth, sorted. */
    List<String> list(String prefix);

    /** Removes the object at {@code key} if present. */
    void delete(String key);

    /** Where the objects live, e.g. {@code file:/var/models} or {@code s3://bucket/prefix}. */
    String location();
}
