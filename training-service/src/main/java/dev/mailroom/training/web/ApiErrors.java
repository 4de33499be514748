package dev.mailroom.training.web;

import dev.mailroom.model.pkg.ModelIntegrityException;
import dev.mailroom.model.registry.ModelNotFoundException;
import dev.mailroom.training.catalog.NoPreviousVersionException;
import dev.mailroom.training.dataset.DatasetNotAllowedException;
import dev.mailroom.training.dataset.InvalidDatasetException;
import dev.mailroom.training.job.JobFinishedException;
import dev.mailroom.training.job.JobNotFoundException;
import dev.mailroom.training.job.TrainingLimitException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps domain exceptions to RFC 9457 problem details with a machine-readable {@code code}; Spring MVC's own errors
 * (405, 415, ...) stay problem details through the base class.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://mailroom.dev/problems/";

    @ExceptionHandler({JobNotFoundException.class, ModelNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(JobFinishedException.class)
    ProblemDetail finished(JobFinishedException e) {
        return problem(HttpStatus.CONFLICT, "job-finished", e.getMessage());
    }

    @ExceptionHandler(NoPreviousVersionException.class)
    ProblemDetail noPrevious(NoPreviousVersionException e) {
        return problem(HttpStatus.CONFLICT, "no-previous-version", e.getMessage());
    }

    @ExceptionHandler(InvalidDatasetException.class)
    ProblemDetail invalidDataset(InvalidDatasetException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.reason().code(), e.getMessage());
    }

    @ExceptionHandler(ModelIntegrityException.class)
    ProblemDetail integrity(ModelIntegrityException e) {
        return problem(HttpStatus.CONFLICT, "model-integrity", e.getMessage());
    }

    @ExceptionHandler(TrainingLimitException.class)
    ProblemDetail overLimit(TrainingLimitException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("limit", e.limit());
        return problem;
    }

    @ExceptionHandler(DatasetNotAllowedException.class)
    ProblemDetail datasetNotAllowed(DatasetNotAllowedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof IllegalArgumentException) {
                return ResponseEntity.unprocessableContent()
                        .body(problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", cause.getMessage()));
            }
        }
        return ResponseEntity.badRequest()
                .body(problem(
                        HttpStatus.BAD_REQUEST,
                        "malformed-request",
                        "the request body is not valid JSON for this call: "
                                + e.getMostSpecificCause().getMessage()));
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setProperty("code", code);
        return problem;
    }
}
