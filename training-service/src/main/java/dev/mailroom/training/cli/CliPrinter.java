package dev.mailroom.training.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** The one place the CLI writes: progress lines to stderr, the single JSON result line to stdout. */
public final class CliPrinter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;

    public CliPrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A printer on the process's standard streams. */
    public static CliPrinter system() {
        return new CliPrinter(System.out, System.err);
    }

    /** A human-readable progress line. */
    public void progress(String format, Object... args) {
        err.println(String.format(Locale.ROOT, format, args));
        err.flush();
    }

    /** The result as one JSON line. */
    public void result(Map<String, Object> fields) {
        try {
            out.println(JSON.writeValueAsString(fields));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result is not serialisable", e);
        }
    }

    /** An error message for the user. */
    public void error(String message) {
        err.println("error: " + message);
        err.flush();
    }
}
