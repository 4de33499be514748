package dev.mailroom.contracts;

import java.util.Arrays;
import java.util.Optional;

/** Every event schema: its id (the {@code mailroom-schema} header value) and its record type. */
public enum Schema {
    DOCUMENT_INGESTED("document.ingested.v1", DocumentIngested.class),
    DOCUMENT_ROUTED("document.routed.v1", DocumentRouted.class),
    DOCUMENT_REJECTED("document.rejected.v1", DocumentRejected.class),
    DOCUMENT_CLASSIFIED("document.classified.v1", DocumentClassified.class);

    /** The Kafka header that carries the schema id of every record. */
    public static final String HEADER = "mailroom-schema";

    private final String id;
    private final Class<? extends Record> type;

    Schema(String id, Class<? extends Record> type) {
        this.id = id;
        this.type = type;
    }

    /** The schema id, e.g. {@code document.ingested.v1}. */
    public String id() {
        return id;
    }

    /** The record type of this schema. */
    public Class<? extends Record> type() {
        return type;
    }

    /** Classpath location of the JSON Schema document. */
    public String resource() {
        return "/schemas/" + id + ".json";
    }

    /** Looks a schema up by id. */
    public static Optional<Schema> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** The schema of a record type. */
    public static Schema of(Class<?> type) {
        return Arrays.stream(values())
                .filter(s -> s.type == type)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type + " is not an event type"));
    }

    static String[] ids() {
        return Arrays.stream(values()).map(Schema::id).toArray(String[]::new);
    }
}
