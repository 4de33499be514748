package dev.mailroom.contracts;

/**
 * The Kafka topics (default names; services make them configurable), each paired with the schema of
 * its values. Keys are the {@code documentId}. Use {@link Names} where a compile-time constant is needed.
 */
public enum Topic {
    INGEST(Names.INGEST, Schema.DOCUMENT_INGESTED),
    TEXT(Names.TEXT, Schema.DOCUMENT_ROUTED),
    SCANNED(Names.SCANNED, Schema.DOCUMENT_ROUTED),
    REJECTED(Names.REJECTED, Schema.DOCUMENT_REJECTED),
    CLASSIFIED(Names.CLASSIFIED, Schema.DOCUMENT_CLASSIFIED);

    private final String defaultName;
    private final Schema schema;

    Topic(String defaultName, Schema schema) {
        this.defaultName = defaultName;
        this.schema = schema;
    }

    /** The default topic name. */
    public String defaultName() {
        return defaultName;
    }

    /** The schema of the values on this topic. */
    public Schema schema() {
        return schema;
    }

    /** Default topic names as compile-time constants (annotation attributes, configuration defaults). */
    public static final class Names {
        public static final String INGEST = "documents.ingest";
        public static final String TEXT = "documents.text";
        public static final String SCANNED = "documents.scanned";
        public static final String REJECTED = "documents.rejected";
        public static final String CLASSIFIED = "documents.classified";

        private Names() {}
    }
}
