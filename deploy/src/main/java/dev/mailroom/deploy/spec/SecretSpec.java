package dev.mailroom.deploy.spec;

import java.util.Objects;

/**
 * A secret injected into a container as an environment variable by ECS, never baked into the image or the template.
 *
 * @param envName environment variable the service reads (a Spring configuration key in relaxed form)
 * @param store where the value lives
 * @param name secret name (Secrets Manager) or parameter name (SSM Parameter Store, starting with {@code /})
 * @param jsonField the field of a JSON secret whose value is injected, or null for the whole secret
 */
public record SecretSpec(String envName, Store store, String name, String jsonField) {

    /** Where a secret value is kept. */
    public enum Store {
        /** AWS Secrets Manager; the stack creates the secret with a generated value. */
        SECRETS_MANAGER,
        /** An existing SSM Parameter Store SecureString that operators create before deploying. */
        SSM_PARAMETER
    }

    public SecretSpec {
        Objects.requireNonNull(envName, "envName");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(name, "name");
        if (store == Store.SSM_PARAMETER && !name.startsWith("/")) {
            throw new IllegalArgumentException("SSM parameter names are absolute: " + name);
        }
        if (jsonField != null && store != Store.SECRETS_MANAGER) {
            throw new IllegalArgumentException("only Secrets Manager secrets have JSON fields: " + name);
        }
    }

    /** The whole secret as the variable's value. */
    public SecretSpec(String envName, Store store, String name) {
        this(envName, store, name, null);
    }
}
