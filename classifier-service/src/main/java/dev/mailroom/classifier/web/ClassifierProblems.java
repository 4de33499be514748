package dev.mailroom.classifier.web;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.classifier.model.ModelUnavailableException;
import dev.mailroom.classifier.ocr.OcrBusyException;
import dev.mailroom.classifier.pipeline.ClassificationMetrics;
import dev.mailroom.service.problem.ProblemDetailsHandler;
import dev.mailroom.service.problem.ProblemReason;
import dev.mailroom.service.problem.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The classifier's domain exceptions as problem details of the shared vocabulary: a rejected document carries the
 * same reason (and status) as its {@code document.rejected.v1} record would. Framework errors, 401/403 and anything
 * unexpected are service-support's {@link ProblemDetailsHandler}.
 */
@RestControllerAdvice
@Order(ProblemDetailsHandler.ORDER - 1)
class ClassifierProblems {

    static final ProblemReason MODEL_UNAVAILABLE =
            ProblemReason.define("model-unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    static final ProblemReason OCR_BUSY = ProblemReason.define("ocr-busy", HttpStatus.SERVICE_UNAVAILABLE);

    private final ClassificationMetrics metrics;

    ClassifierProblems(ClassificationMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler(RejectionException.class)
    ResponseEntity<ProblemDetail> rejected(RejectionException e) {
        metrics.rejected(e.reason(), null);
        return Problems.response(Problems.of(ProblemReason.of(e.reason()), "Document not classified", e.getMessage()));
    }

    @ExceptionHandler(ModelUnavailableException.class)
    ResponseEntity<ProblemDetail> noModel(ModelUnavailableException e) {
        return Problems.response(Problems.of(MODEL_UNAVAILABLE, "No model in service", e.getMessage()));
    }

    @ExceptionHandler(OcrBusyException.class)
    ResponseEntity<ProblemDetail> ocrBusy(OcrBusyException e) {
        return Problems.response(Problems.of(OCR_BUSY, "OCR capacity exhausted", e.getMessage()));
    }
}
