package dev.mailroom.training.web;

import dev.mailroom.training.TrainingProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every mutating call under {@code /api/} needs {@code Authorization: Bearer <mailroom.training.api-key>}. */
@Component
class ApiKeyFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final byte[] apiKey;

    ApiKeyFilter(TrainingProperties properties) {
        this.apiKey = properties.apiKey().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod())
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim()
                : null;
        if (presented == null || !MessageDigest.isEqual(apiKey, presented.getBytes(StandardCharsets.UTF_8))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"mailroom-training\"");
            response.setContentType("application/problem+json");
            String detail = presented == null ? "this call needs Authorization: Bearer <api key>" : "wrong api key";
            response.getWriter()
                    .write("{\"type\":\"" + ApiErrors.TYPE_BASE + "unauthorized\",\"title\":\"Unauthorized\","
                            + "\"status\":401,\"detail\":\"" + detail + "\",\"instance\":\""
                            + request.getRequestURI().replace("\"", "") + "\",\"code\":\"unauthorized\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
