package dev.mailroom.service.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The framework half of every service's problem details: Spring MVC's own errors (400, 404, 405, 406, 413, 415,
 * ...), validation (422), illegal arguments (422, never 500), Spring Security's 401 and 403 (the security filter
 * chain hands them here) and anything unexpected (500 without internals), all in the shared vocabulary of
 * {@link ProblemReason}. Services keep only their domain exceptions, in their own advice ordered before this one
 * ({@link #ORDER}), answering with {@link Problems}.
 */
@RestControllerAdvice
@Order(ProblemDetailsHandler.ORDER)
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    /** Order of this advice: last, so that a service's advice for its domain exceptions is asked first. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE;

    /** The challenge of every 401 answer (RFC 6750): the API key or JWT goes in {@code Authorization: Bearer}. */
    public static final String CHALLENGE = "Bearer realm=\"mailroom\"";

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthorized(AuthenticationException e) {
        boolean missing = e instanceof InsufficientAuthenticationException;
        String detail = missing
                ? "this call needs credentials: an API key (X-Api-Key or Authorization: Bearer) or a JWT"
                : "the credentials are not valid";
        String challenge =
                missing ? CHALLENGE : CHALLENGE + ", error=\"invalid_token\", error_description=\"" + detail + "\"";
        return ResponseEntity.status(ProblemReason.UNAUTHORIZED.status())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .body(Problems.of(ProblemReason.UNAUTHORIZED, detail));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return Problems.response(
                Problems.of(ProblemReason.FORBIDDEN, "the credentials do not carry the role this call needs"));
    }

    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        // The firewall's message names the offending part of the path: useful, and no internals.
        return Problems.response(Problems.of(ProblemReason.BAD_REQUEST, "the request was rejected: " + e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
        return Problems.response(Problems.of(ProblemReason.INVALID_REQUEST, e.getMessage()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violated(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return Problems.response(Problems.of(ProblemReason.INVALID_REQUEST, detail));
    }

    /** Anything unexpected is still a problem detail, with the class name only: the stack trace goes to the log. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("request failed", e);
        return Problems.response(Problems.of(
                ProblemReason.INTERNAL_ERROR,
                "the request failed: " + e.getClass().getSimpleName()));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A value refused by a record's constructor is a valid request with an invalid value: 422, not 400.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException) {
                return entity(Problems.of(ProblemReason.INVALID_REQUEST, cause.getMessage()), headers);
            }
        }
        return entity(Problems.of(ProblemReason.BAD_REQUEST, "the request body cannot be read for this call"), headers);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getAllErrors().stream()
                .map(error -> error instanceof FieldError field
                        ? field.getField() + " " + field.getDefaultMessage()
                        : error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return entity(Problems.of(ProblemReason.INVALID_REQUEST, detail), headers);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getAllErrors().stream()
                .map(error -> error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return entity(Problems.of(ProblemReason.INVALID_REQUEST, detail), headers);
    }

    /** Every problem Spring MVC builds itself gets the shared {@code type} and {@code reason} of its status. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.REASON))) {
            ProblemReason reason = ProblemReason.forStatus(problem.getStatus());
            problem.setType(Problems.type(reason));
            problem.setProperty(Problems.REASON, reason.code());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ResponseEntity<Object> entity(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }
}
