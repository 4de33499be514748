package dev.mailroom.training.catalog;

/** A rollback was asked for but nothing was promoted before the current production version. */
public class NoPreviousVersionException extends RuntimeException {

    public NoPreviousVersionException(String message, Throwable cause) {
        super(message, cause);
    }
}
