package dev.mailroom.service.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An API key presented by a caller (unauthenticated), or the client it belongs to (authenticated: the principal is
 * the client name, the authorities are its roles, the key is gone).
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final String principal;
    private @Nullable String presentedKey;

    private ApiKeyAuthentication(
            String principal, @Nullable String presentedKey, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.principal = principal;
        this.presentedKey = presentedKey;
        setAuthenticated(presentedKey == null);
    }

    /** A key as presented, to be checked. */
    static ApiKeyAuthentication presented(String key) {
        return new ApiKeyAuthentication("api-key", key, List.of());
    }

    /** The authenticated client. */
    static ApiKeyAuthentication of(ApiKeys.Client client) {
        return new ApiKeyAuthentication(
                client.name(),
                null,
                client.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList());
    }

    @Override
    public @Nullable Object getCredentials() {
        return presentedKey;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public void eraseCredentials() {
        presentedKey = null;
        super.eraseCredentials();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKeyAuthentication token && super.equals(token);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
