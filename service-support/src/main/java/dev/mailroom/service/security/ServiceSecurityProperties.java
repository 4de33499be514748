package dev.mailroom.service.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who may call a service ({@code mailroom.security.*}): API keys of machine clients and, optionally, JWTs of an
 * OIDC issuer. Outside the {@code local} profile at least one of them must be configured, and every key must be
 * long and not a known default, or the service refuses to start.
 *
 * @param apiKeys machine clients by name. A name is lower-case letters and digits, so that the environment
 *     variables {@code MAILROOM_SECURITY_APIKEYS_<NAME>_KEY} and {@code MAILROOM_SECURITY_APIKEYS_<NAME>_ROLES}
 *     bind to it (ECS secrets, Secrets Manager)
 * @param jwt the OAuth2 resource server for JWTs; off while neither its issuer nor its key set is set
 */
@Validated
@ConfigurationProperties("mailroom.security")
public record ServiceSecurityProperties(Map<String, @Valid ApiKeyClient> apiKeys, @Valid Jwt jwt) {

    public ServiceSecurityProperties {
        apiKeys = apiKeys == null ? Map.of() : Map.copyOf(apiKeys);
        jwt = jwt == null ? new Jwt(null, null, null, null, null) : jwt;
    }

    /**
     * One machine client. The key never appears in {@link #toString()}.
     *
     * @param key the secret the client presents as {@code X-Api-Key: <key>} or {@code Authorization: Bearer <key>};
     *     at least 24 characters outside the {@code local} profile
     * @param roles what the client may do: upload, classify, train, promote, read, ops
     */
    public record ApiKeyClient(@Nullable String key, @NotEmpty Set<Role> roles) {

        public ApiKeyClient {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }

        @Override
        public String toString() {
            return "ApiKeyClient[key=<hidden>, roles=" + roles + "]";
        }
    }

    /**
     * JWTs of an OIDC issuer (Cognito, Entra ID, Keycloak...): signature by the issuer's JWK set, expiry, and the
     * issuer when known.
     *
     * @param issuerUri the issuer; its {@code /.well-known/openid-configuration} names the JWK set (read on the first
     *     token), and the {@code iss} claim must equal it. E.g. {@code https://cognito-idp.<region>.amazonaws.com/<pool>}
     * @param jwkSetUri the JWK set, when the issuer publishes no discovery document (or to skip it)
     * @param rolesClaim the claim holding the caller's roles: a space-separated string ({@code scope}) or a list
     *     ({@code cognito:groups}, {@code roles}); default {@code scope}
     * @param rolePrefix a prefix stripped from each claim value before it is read as a role, e.g. {@code mailroom/}
     *     for Cognito resource-server scopes {@code mailroom/upload}; default none
     * @param audiences when not empty, the {@code aud} claim must contain one of them
     */
    public record Jwt(
            @Nullable URI issuerUri,
            @Nullable URI jwkSetUri,
            @Nullable String rolesClaim,
            @Nullable String rolePrefix,
            @Nullable List<@NotBlank String> audiences) {

        public Jwt {
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "scope" : rolesClaim;
            rolePrefix = rolePrefix == null ? "" : rolePrefix;
            audiences = audiences == null ? List.of() : List.copyOf(audiences);
        }

        /** Whether JWTs are accepted. */
        public boolean enabled() {
            return issuerUri != null || jwkSetUri != null;
        }
    }
}
