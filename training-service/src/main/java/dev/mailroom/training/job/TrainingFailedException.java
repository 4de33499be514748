package dev.mailroom.training.job;

/** A run that cannot produce a model; {@link #code()} is machine-readable (e.g. {@code no-trial-completed}). */
public class TrainingFailedException extends RuntimeException {

    private final String code;

    public TrainingFailedException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The machine-readable reason. */
    public String code() {
        return code;
    }
}
