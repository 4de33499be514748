package dev.mailroom.ingest.extraction;

import java.time.Duration;

/**
 * The time limit of one document's extraction, checked cooperatively by the parsers' callbacks (PDF operators,
 * SAX events, zip reads): Java cannot stop a thread from outside, so the work stops itself at the next check
 * once the limit passed or the caller gave up (interrupt), and the worker thread is free again.
 */
final class Deadline {

    private final long deadlineNanos;
    private final Duration limit;

    private Deadline(Duration limit) {
        this.limit = limit;
        this.deadlineNanos = System.nanoTime() + limit.toNanos();
    }

    static Deadline after(Duration limit) {
        return new Deadline(limit);
    }

    /** A deadline that never passes, for callers without a limit. */
    static Deadline none() {
        return new Deadline(Duration.ofDays(365));
    }

    /**
     * @throws Expired when the limit passed or this thread was interrupted
     */
    void check() {
        if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0) {
            throw new Expired("extraction took longer than " + limit);
        }
    }

    /** Thrown from inside a parser to stop it; unchecked so that it crosses any parser's callbacks. */
    static final class Expired extends RuntimeException {
        Expired(String message) {
            super(message, null, false, false);
        }

        /** The {@link Expired} in {@code failure}'s cause chain, or null (parsers wrap what callbacks throw). */
        static Expired in(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof Expired expired) {
                    return expired;
                }
            }
            return null;
        }
    }
}
