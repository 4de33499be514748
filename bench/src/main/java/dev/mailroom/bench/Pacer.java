package dev.mailroom.bench;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces operations at a fixed rate on a precomputed schedule (no coordinated omission: a late operation does not
 * push the later ones back). A rate of 0 or less means as fast as possible.
 */
final class Pacer {

    private final long start = System.nanoTime();
    private final double intervalNanos;

    Pacer(double perSecond) {
        this.intervalNanos = perSecond > 0 ? 1_000_000_000.0 / perSecond : 0;
    }

    /** Waits until operation {@code n} (0-based) is due; returns its scheduled start in nanoTime. */
    long awaitTurn(long n) {
        if (intervalNanos == 0) {
            return System.nanoTime();
        }
        long due = start + (long) (n * intervalNanos);
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
        return due;
    }
}
