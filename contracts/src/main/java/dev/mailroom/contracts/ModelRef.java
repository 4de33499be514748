package dev.mailroom.contracts;

/**
 * The model that produced an outcome.
 *
 * @param name model name in the registry
 * @param version immutable version
 */
public record ModelRef(String name, String version) {

    public ModelRef {
        Fields.requiredText(name, "model.name");
        Fields.requiredText(version, "model.version");
    }
}
