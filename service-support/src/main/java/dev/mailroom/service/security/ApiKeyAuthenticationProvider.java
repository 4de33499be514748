package dev.mailroom.service.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Authenticates a presented API key against the configured {@link ApiKeys}. */
public final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final ApiKeys keys;

    public ApiKeyAuthenticationProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object presented = authentication.getCredentials();
        ApiKeys.Client client =
                presented instanceof String key ? keys.match(key).orElse(null) : null;
        if (authentication instanceof ApiKeyAuthentication token) {
            token.eraseCredentials();
        }
        if (client == null) {
            throw new BadCredentialsException("unknown API key");
        }
        return ApiKeyAuthentication.of(client);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }
}
