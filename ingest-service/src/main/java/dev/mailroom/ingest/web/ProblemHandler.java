package dev.mailroom.ingest.web;

import dev.mailroom.contracts.RejectReason;
import dev.mailroom.ingest.pipeline.DeliveryException;
import dev.mailroom.ingest.pipeline.Outcome;
import java.io.UncheckedIOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem details for every error of the REST channel. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String TYPE_BASE = "https://mailroom.dev/problems/";

    @ExceptionHandler(DocumentRejectedException.class)
    ProblemDetail rejected(DocumentRejectedException e) {
        Outcome.Rejected outcome = e.outcome();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(outcome.reason()), outcome.detail());
        problem.setType(URI.create(TYPE_BASE + outcome.reason().code()));
        problem.setTitle("Document rejected: " + outcome.reason().code());
        problem.setProperty("documentId", outcome.documentId());
        problem.setProperty("reason", outcome.reason().code());
        return problem;
    }

    @ExceptionHandler(DeliveryException.class)
    ResponseEntity<ProblemDetail> unavailable(DeliveryException e) {
        log.warn("upload not acknowledged: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "storage or broker unavailable; the document was not accepted, retry");
        problem.setType(URI.create(TYPE_BASE + "unavailable"));
        problem.setTitle("Ingest temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @ExceptionHandler(UncheckedIOException.class)
    ProblemDetail unreadable(UncheckedIOException e) {
        log.warn("upload could not be read: {}", e.getMessage());
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the upload could not be read; send it again");
        problem.setType(URI.create(TYPE_BASE + "unreadable-upload"));
        problem.setTitle("Upload could not be read");
        return problem;
    }

    static HttpStatus status(RejectReason reason) {
        return switch (reason) {
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }
}
