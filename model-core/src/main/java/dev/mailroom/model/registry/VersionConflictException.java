package dev.mailroom.model.registry;

/** A version already exists: versions are immutable and never overwritten. */
public class VersionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Version {@code version} of {@code name} exists already. */
    public VersionConflictException(String name, String version) {
        super("model " + name + " version " + version + " already exists; versions are immutable");
    }
}
