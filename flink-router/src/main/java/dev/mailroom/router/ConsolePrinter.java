package dev.mailroom.router;

import java.io.PrintStream;

/** The one place the command line writes to the console: usage and configuration errors. */
final class ConsolePrinter {

    private final PrintStream out;
    private final PrintStream err;

    ConsolePrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The printer on the process's standard output and error. */
    static ConsolePrinter console() {
        return new ConsolePrinter(System.out, System.err);
    }

    void usage() {
        out.println("Usage: java -jar flink-router.jar [--local] [--<option> <value>]...");
        out.println("Each option can also be set by its environment variable; arguments win.");
        out.println();
        for (RouterConfig.Option option : RouterConfig.Option.values()) {
            out.printf(
                    "  --%-24s %-32s %s%s%n",
                    option.key(),
                    option.env().isEmpty() ? "" : "(" + option.env() + ")",
                    option.description(),
                    option.defaultValue().isEmpty() ? "" : " [default " + option.defaultValue() + "]");
        }
        out.printf(
                "  --%-24s %-32s %s%n",
                RouterConfig.KAFKA_PREFIX + "<name>",
                "(" + RouterConfig.KAFKA_PROPERTIES_ENV + ")",
                "extra Kafka client property for source and sink (env: name=value;name=value)");
    }

    void error(String message) {
        err.println("flink-router: " + message);
        err.println("Run with --help for the options.");
    }
}
