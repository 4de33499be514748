package dev.mailroom.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads an API key from {@code X-Api-Key} or {@code Authorization: Bearer}. A bearer token shaped like a JWT is left
 * to the resource server when JWTs are enabled. A wrong key is answered 401 at once; no key passes on unauthenticated
 * (the authorization rules then decide: open probe, or 401).
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    /** The API key header. */
    static final String HEADER = "X-Api-Key";

    private static final String BEARER = "Bearer ";

    private final ApiKeyAuthenticationProvider provider;
    private final AuthenticationEntryPoint entryPoint;
    private final boolean jwtEnabled;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

    ApiKeyAuthenticationFilter(
            ApiKeyAuthenticationProvider provider, AuthenticationEntryPoint entryPoint, boolean jwt) {
        this.provider = provider;
        this.entryPoint = entryPoint;
        this.jwtEnabled = jwt;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key;
        try {
            key = presentedKey(request);
        } catch (AuthenticationException e) {
            unauthorized(request, response, e);
            return;
        }
        if (key != null) {
            try {
                Authentication client = provider.authenticate(ApiKeyAuthentication.presented(key));
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(client);
                contexts.setContext(context);
                repository.saveContext(context, request, response);
            } catch (AuthenticationException e) {
                unauthorized(request, response, e);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        contexts.clearContext();
        entryPoint.commence(request, response, e);
    }

    /** The API key of the request, or null when it carries none (or a JWT for the resource server). */
    private @Nullable String presentedKey(HttpServletRequest request) {
        List<String> apiKeys = Collections.list(request.getHeaders(HEADER));
        List<String> authorizations = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
        if (apiKeys.size() + authorizations.size() > 1) {
            throw new BadCredentialsException("more than one credential presented");
        }
        if (apiKeys.size() == 1) {
            return nonBlank(apiKeys.get(0));
        }
        if (authorizations.size() == 1) {
            String authorization = authorizations.get(0);
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw new BadCredentialsException("only Bearer credentials are accepted");
            }
            String token = nonBlank(authorization.substring(BEARER.length()));
            return jwtEnabled && looksLikeJwt(token) ? null : token;
        }
        return null;
    }

    private static String nonBlank(String value) {
        if (value.isBlank()) {
            throw new BadCredentialsException("empty credential");
        }
        return value.strip();
    }

    /** A compact JWS: three base64url parts joined by dots (API keys may not have that shape). */
    static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }
}
