package dev.mailroom.localstack.process;

import java.nio.file.Path;
import java.util.List;

/** A part did not become ready, or died: carries the tail of its log for the operator. */
public final class PartFailedException extends RuntimeException {

    private final String part;
    private final Path log;
    private final List<String> logTail;

    PartFailedException(String part, String message, Path log, List<String> logTail) {
        super(part + ": " + message);
        this.part = part;
        this.log = log;
        this.logTail = List.copyOf(logTail);
    }

    /** The failed part's name. */
    public String part() {
        return part;
    }

    /** The part's full log file. */
    public Path log() {
        return log;
    }

    /** The last lines of the part's log. */
    public List<String> logTail() {
        return logTail;
    }
}
