package dev.mailroom.model.pkg;

/** A model package that cannot be verified: bad manifest, missing, extra, truncated or tampered artifact. */
public class ModelIntegrityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An integrity failure described by {@code message} (names the package and the artifact). */
    public ModelIntegrityException(String message) {
        super(message);
    }

    /** An integrity failure with its cause. */
    public ModelIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
