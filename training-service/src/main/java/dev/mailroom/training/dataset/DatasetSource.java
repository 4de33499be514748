package dev.mailroom.training.dataset;

import java.util.function.Consumer;

/** Where training data comes from; streams its rows one by one, never the whole source at once. */
public interface DatasetSource {

    /** A human-readable description without secrets, e.g. {@code jdbc:postgresql://host/db (query)}. */
    String description();

    /**
     * Streams every row to {@code sink} in source order.
     *
     * @throws InvalidDatasetException when the source cannot be read or is malformed
     */
    void read(Consumer<SourceRow> sink);
}
