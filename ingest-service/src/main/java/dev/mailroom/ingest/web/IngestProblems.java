package dev.mailroom.ingest.web;

import dev.mailroom.ingest.pipeline.DeliveryException;
import dev.mailroom.ingest.pipeline.Outcome;
import dev.mailroom.service.problem.ProblemDetailsHandler;
import dev.mailroom.service.problem.ProblemReason;
import dev.mailroom.service.problem.Problems;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Ingest's domain exceptions as problem details of the shared vocabulary: a rejected upload carries the reason (and
 * status) of its {@code document.rejected.v1} record and the document id. Framework errors (the container's upload
 * cap: 413 {@code too-large}), 401/403 and anything unexpected are service-support's {@link ProblemDetailsHandler}.
 */
@RestControllerAdvice
@Order(ProblemDetailsHandler.ORDER - 1)
class IngestProblems {

    private static final Logger log = LoggerFactory.getLogger(IngestProblems.class);

    @ExceptionHandler(DocumentRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(DocumentRejectedException e) {
        Outcome.Rejected outcome = e.outcome();
        ProblemDetail problem = Problems.of(
                ProblemReason.of(outcome.reason()),
                "Document rejected: " + outcome.reason().code(),
                outcome.detail());
        problem.setProperty("documentId", outcome.documentId());
        return Problems.response(problem);
    }

    @ExceptionHandler(DeliveryException.class)
    ResponseEntity<ProblemDetail> unavailable(DeliveryException e) {
        log.warn("upload not acknowledged: {}", e.getMessage());
        return Problems.response(Problems.of(
                ProblemReason.UNAVAILABLE,
                "Ingest temporarily unavailable",
                "storage or broker unavailable; the document was not accepted, retry"));
    }

    @ExceptionHandler(UncheckedIOException.class)
    ResponseEntity<ProblemDetail> unreadable(UncheckedIOException e) {
        log.warn("upload could not be read: {}", e.getMessage());
        return Problems.response(Problems.of(
                ProblemReason.BAD_REQUEST, "Upload could not be read", "the upload could not be read; send it again"));
    }
}
