package dev.mailroom.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The pipeline stage that rejected a document. */
public enum Stage {
    INGEST,
    ROUTER,
    CLASSIFIER;

    /** Lower-case wire spelling. */
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses the wire spelling. */
    @JsonCreator
    public static Stage fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
