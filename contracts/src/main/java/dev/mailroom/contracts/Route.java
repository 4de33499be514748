package dev.mailroom.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which classifier path a document takes: a digital text layer, or OCR of a scan. */
public enum Route {
    TEXT,
    SCANNED;

    /** Lower-case wire spelling. */
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses the wire spelling. */
    @JsonCreator
    public static Route fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
