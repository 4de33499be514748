package dev.mailroom.service.problem;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds RFC 9457 problem details in the one vocabulary of every service: {@code type} is {@link #TYPE_BASE} plus
 * the reason code, {@code status} is the reason's status, and the {@link #REASON} property carries the code.
 */
public final class Problems {

    /** Base of every problem {@code type}; the reason code is appended. */
    public static final String TYPE_BASE = "https://mailroom.dev/problems/";

    /** Name of the problem property carrying the reason code (as in {@code document.rejected.v1}). */
    public static final String REASON = "reason";

    /** Seconds a client should wait before retrying a 503. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private Problems() {}

    /** The problem of {@code reason}; the title is the reason's status phrase unless {@code title} is given. */
    public static ProblemDetail of(ProblemReason reason, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(reason.status(), detail);
        problem.setType(type(reason));
        problem.setProperty(REASON, reason.code());
        return problem;
    }

    /** The problem of {@code reason} with a title of its own. */
    public static ProblemDetail of(ProblemReason reason, String title, String detail) {
        ProblemDetail problem = of(reason, detail);
        problem.setTitle(title);
        return problem;
    }

    /**
     * The response of a problem: its status, and {@code Retry-After} when the status is 503 (a dependency is
     * unavailable, the client should come back).
     */
    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
        if (problem.getStatus() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.body(problem);
    }

    /** The {@code type} URI of a reason. */
    public static URI type(ProblemReason reason) {
        return URI.create(TYPE_BASE + reason.code());
    }
}
