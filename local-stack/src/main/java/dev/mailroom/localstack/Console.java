package dev.mailroom.localstack;

import dev.mailroom.localstack.process.PartFailedException;
import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The one place the local stack prints to the terminal. */
public final class Console {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream out;
    private final PrintStream err;

    /** A console writing to the given streams. */
    public Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The process's terminal. */
    @SuppressWarnings("java:S106") // the CLI printer is the one place allowed to use System.out
    public static Console system() {
        return new Console(System.out, System.err);
    }

    /** A progress step, time-stamped. */
    public synchronized void step(String message) {
        out.println(TIME.format(LocalTime.now()) + "  " + message);
        out.flush();
    }

    /** A heading for a phase of the run. */
    public synchronized void heading(String title) {
        out.println();
        out.println("== " + title);
        out.flush();
    }

    /** Plain lines (tables, hints). */
    public synchronized void lines(List<String> lines) {
        lines.forEach(out::println);
        out.flush();
    }

    /** One plain line. */
    public synchronized void line(String line) {
        out.println(line);
        out.flush();
    }

    /** A warning the operator should read. */
    public synchronized void warn(String message) {
        err.println("WARNING: " + message);
        err.flush();
    }

    /** An error that stops the run. */
    public synchronized void error(String message) {
        err.println("ERROR: " + message);
        err.flush();
    }

    /** A part that failed, with the tail of its log. */
    public synchronized void partFailed(PartFailedException failure) {
        err.println();
        err.println("ERROR: " + failure.getMessage());
        err.println("---- last lines of " + failure.log() + " ----");
        failure.logTail().forEach(line -> err.println("  | " + line));
        err.println("---- the stack is stopped; full log: " + failure.log());
        err.flush();
    }
}
