package dev.mailroom.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.Map;

/** The one place the CLI writes to the console: progress lines and the final JSON line. */
final class Printer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintStream out;

    Printer(PrintStream out) {
        this.out = out;
    }

    static Printer console() {
        return new Printer(System.out);
    }

    void line(String format, Object... args) {
        out.println(String.format(java.util.Locale.ROOT, format, args));
        out.flush();
    }

    /** Prints the machine-readable result as one JSON line, always last. */
    void json(Map<String, Object> result) {
        try {
            out.println(JSON.writeValueAsString(result));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result is not serialisable", e);
        }
    }
}
