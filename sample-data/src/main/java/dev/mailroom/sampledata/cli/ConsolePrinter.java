package dev.mailroom.sampledata.cli;

import java.io.PrintStream;

/** The only place the CLI prints: progress and results to one stream, errors to another. */
final class ConsolePrinter {

    private final PrintStream out;
    private final PrintStream err;
    private int lastPercent = -1;

    ConsolePrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void info(String message) {
        out.println(message);
    }

    void error(String message) {
        err.println("error: " + message);
    }

    void progress(String what, int done, int total) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (percent / 10 != lastPercent / 10 || done == total) {
            lastPercent = percent;
            out.printf("%s: %d/%d (%d%%)%n", what, done, total, percent);
        }
    }
}
