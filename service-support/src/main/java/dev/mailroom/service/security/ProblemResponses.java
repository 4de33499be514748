package dev.mailroom.service.security;

import dev.mailroom.service.problem.ProblemDetailsHandler;
import dev.mailroom.service.problem.Problems;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers the security filter chain's 401, 403 and firewall 400 through Spring MVC's exception resolvers, so they
 * are the same problem details (shared vocabulary, {@code application/problem+json}, content negotiation) as every
 * other error: {@link ProblemDetailsHandler} writes them. A minimal problem is written when no resolver answers.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final ObjectProvider<HandlerExceptionResolver> resolver;

    ProblemResponses(ObjectProvider<HandlerExceptionResolver> resolver) {
        this.resolver = resolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        answer(request, response, e, 401, "unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        answer(request, response, e, 403, "forbidden");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException, ServletException {
        answer(request, response, e, 400, "bad-request");
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Exception e, int status, String code)
            throws IOException {
        HandlerExceptionResolver resolvers = resolver.getIfAvailable();
        ModelAndView resolved = resolvers == null ? null : resolvers.resolveException(request, response, null, e);
        if (resolved == null && !response.isCommitted()) {
            response.resetBuffer();
            response.setStatus(status);
            if (status == 401) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ProblemDetailsHandler.CHALLENGE);
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"" + Problems.TYPE_BASE + code + "\",\"status\":" + status + ",\"reason\":\""
                            + code + "\"}");
        }
    }
}
