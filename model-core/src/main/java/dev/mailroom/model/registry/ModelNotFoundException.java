package dev.mailroom.model.registry;

/** The requested model version does not exist in the registry. */
public class ModelNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Version {@code version} of model {@code name} does not exist. */
    public ModelNotFoundException(String name, String version) {
        super("model " + name + " has no version " + version);
    }
}
