package dev.mailroom.classifier.web;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.classifier.model.ModelUnavailableException;
import dev.mailroom.classifier.ocr.OcrBusyException;
import dev.mailroom.classifier.pipeline.ClassificationMetrics;
import dev.mailroom.contracts.RejectReason;
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

/**
 * RFC 9457 problem details for every failure: the {@code reason} property carries the same code a
 * rejected Kafka record would.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String TYPE_BASE = "https://mailroom.dev/problems/";

    private final ClassificationMetrics metrics;

    ProblemHandler(ClassificationMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler(RejectionException.class)
    ResponseEntity<ProblemDetail> rejected(RejectionException e) {
        metrics.rejected(e.reason(), null);
        HttpStatus status = status(e.reason());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + e.reason().code()));
        problem.setTitle("Document not classified");
        problem.setProperty("reason", e.reason().code());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(ModelUnavailableException.class)
    ResponseEntity<ProblemDetail> noModel(ModelUnavailableException e) {
        return unavailable("model-unavailable", "No model in service", e.getMessage());
    }

    @ExceptionHandler(OcrBusyException.class)
    ResponseEntity<ProblemDetail> ocrBusy(OcrBusyException e) {
        return unavailable("ocr-busy", "OCR capacity exhausted", e.getMessage());
    }

    /** Anything unexpected is still a problem detail, without internals in the detail. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        log.error("classification failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "the document could not be classified: " + e.getClass().getSimpleName());
        problem.setType(URI.create(TYPE_BASE + RejectReason.CLASSIFICATION_FAILED.code()));
        problem.setTitle("Classification failed");
        problem.setProperty("reason", RejectReason.CLASSIFICATION_FAILED.code());
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    private static ResponseEntity<ProblemDetail> unavailable(String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setProperty("reason", code);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    static HttpStatus status(RejectReason reason) {
        return switch (reason) {
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE, BOMB -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }
}
