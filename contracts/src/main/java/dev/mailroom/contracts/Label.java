package dev.mailroom.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The document classes mailroom assigns; {@link #code()} is the wire and dataset spelling. */
public enum Label {
    INVOICE("invoice"),
    OFFER("offer"),
    PURCHASE_ORDER("purchase_order"),
    JOB_APPLICATION("job_application"),
    COMPLAINT("complaint"),
    SERVICE_REQUEST("service_request"),
    OTHER("other");

    private final String code;

    Label(String code) {
        this.code = code;
    }

    /** The lower-case code used on the wire, in datasets and in configuration. */
    @JsonValue
    public String code() {
        return code;
    }

    /** Parses a wire code; unlike {@link #valueOf(String)} it names the offending value. */
    @JsonCreator
    public static Label fromCode(String code) {
        return find(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown label '" + code + "', expected one of "
                        + Arrays.stream(values()).map(Label::code).toList()));
    }

    /** Looks a code up, accepting the enum name too (case-insensitive). */
    public static Optional<Label> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(values())
                .filter(l -> l.code.equalsIgnoreCase(wanted) || l.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
