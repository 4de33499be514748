package dev.mailroom.service.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured API keys, checked against the credential policy when built. A presented key is compared with every
 * configured key in constant time (SHA-256 digests, {@link MessageDigest#isEqual}, no early exit), so the answer
 * time tells nothing about how much of a key was right. Only digests are kept.
 */
public final class ApiKeys {

    /** Shortest key accepted outside the {@code local} profile. */
    public static final int MIN_LENGTH = 24;

    /** Keys that are published somewhere (READMEs, compose files, examples): never accepted outside {@code local}. */
    public static final Set<String> KNOWN_DEFAULTS = Set.of(
            "change-me",
            "changeme",
            "change-it",
            "mailroom-local-key",
            "local-dev-key",
            "secret",
            "password",
            "test",
            "test-key",
            "it-key",
            "api-key",
            "admin");

    private static final Pattern CLIENT_NAME = Pattern.compile("[a-z][a-z0-9]*");

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * The keys of {@code properties}.
     *
     * @param local whether the {@code local} profile is active: short and default keys allowed, nothing required
     * @throws IllegalStateException when the configuration breaks the policy; the message names the variable to set,
     *     never a key
     */
    public static ApiKeys of(ServiceSecurityProperties properties, boolean local) {
        if (!local && properties.apiKeys().isEmpty() && !properties.jwt().enabled()) {
            throw new IllegalStateException("no credentials configured: set at least one API key"
                    + " (MAILROOM_SECURITY_APIKEYS_<CLIENT>_KEY and _ROLES) or a JWT issuer"
                    + " (MAILROOM_SECURITY_JWT_ISSUERURI or MAILROOM_SECURITY_JWT_JWKSETURI);"
                    + " only the 'local' profile runs with its default key");
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, ServiceSecurityProperties.ApiKeyClient> entry :
                properties.apiKeys().entrySet()) {
            String name = entry.getKey();
            String key = entry.getValue().key();
            String variable = "MAILROOM_SECURITY_APIKEYS_" + name.toUpperCase(Locale.ROOT) + "_KEY";
            if (!CLIENT_NAME.matcher(name).matches()) {
                throw new IllegalStateException("API key client '" + name
                        + "': a client name is lower-case letters and digits (environment variables bind no other)");
            }
            if (key == null || key.isBlank()) {
                throw new IllegalStateException("API key of client '" + name + "' is blank: set " + variable);
            }
            if (key.chars().filter(c -> c == '.').count() == 2) {
                throw new IllegalStateException("API key of client '" + name
                        + "' has the shape of a JWT (three parts joined by '.'): choose another (" + variable + ")");
            }
            if (!local && KNOWN_DEFAULTS.contains(key.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("API key of client '" + name
                        + "' is a published default, allowed in the 'local' profile only: set " + variable);
            }
            if (!local && key.strip().length() < MIN_LENGTH) {
                throw new IllegalStateException("API key of client '" + name + "' is shorter than " + MIN_LENGTH
                        + " characters: set a random one in " + variable);
            }
            if (entry.getValue().roles().isEmpty()) {
                throw new IllegalStateException("API key client '" + name + "' has no roles: set "
                        + "MAILROOM_SECURITY_APIKEYS_" + name.toUpperCase(Locale.ROOT) + "_ROLES");
            }
            byte[] digest = digest(key);
            for (Entry other : entries) {
                if (MessageDigest.isEqual(other.digest, digest)) {
                    throw new IllegalStateException("API key clients '" + other.client.name() + "' and '" + name
                            + "' share one key: give each client its own (" + variable + ")");
                }
            }
            entries.add(new Entry(new Client(name, entry.getValue().roles()), digest));
        }
        return new ApiKeys(entries);
    }

    /** The client whose key is {@code presented}, compared in constant time against every key. */
    public Optional<Client> match(String presented) {
        byte[] digest = digest(presented);
        Client found = null;
        for (Entry entry : entries) {
            // no early exit: every presented key costs the same comparisons
            if (MessageDigest.isEqual(entry.digest, digest)) {
                found = entry.client;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Number of configured clients. */
    public int size() {
        return entries.size();
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.strip().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * A configured client.
     *
     * @param name the client's name (the principal of its calls)
     * @param roles what it may do
     */
    public record Client(String name, Set<Role> roles) {}

    private record Entry(Client client, byte[] digest) {}
}
