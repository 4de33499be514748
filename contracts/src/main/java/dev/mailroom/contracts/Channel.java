package dev.mailroom.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a document entered mailroom. */
public enum Channel {
    UPLOAD,
    FOLDER,
    IMAP,
    API;

    /** Lower-case wire spelling. */
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses the wire spelling. */
    @JsonCreator
    public static Channel fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
