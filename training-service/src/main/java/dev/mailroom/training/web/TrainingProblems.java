package dev.mailroom.training.web;

import dev.mailroom.model.pkg.ModelIntegrityException;
import dev.mailroom.model.registry.ModelNotFoundException;
import dev.mailroom.service.problem.ProblemDetailsHandler;
import dev.mailroom.service.problem.ProblemReason;
import dev.mailroom.service.problem.Problems;
import dev.mailroom.training.catalog.NoPreviousVersionException;
import dev.mailroom.training.dataset.DatasetNotAllowedException;
import dev.mailroom.training.dataset.InvalidDatasetException;
import dev.mailroom.training.job.JobFinishedException;
import dev.mailroom.training.job.JobNotFoundException;
import dev.mailroom.training.job.TrainingLimitException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The training service's domain exceptions as problem details of the shared vocabulary; framework errors, 401/403
 * and illegal arguments (422 {@code invalid-request}) are service-support's {@link ProblemDetailsHandler}.
 */
@RestControllerAdvice
@Order(ProblemDetailsHandler.ORDER - 1)
class TrainingProblems {

    static final ProblemReason JOB_FINISHED = ProblemReason.define("job-finished", HttpStatus.CONFLICT);
    static final ProblemReason NO_PREVIOUS_VERSION = ProblemReason.define("no-previous-version", HttpStatus.CONFLICT);
    static final ProblemReason MODEL_INTEGRITY = ProblemReason.define("model-integrity", HttpStatus.CONFLICT);
    static final ProblemReason LIMIT_EXCEEDED =
            ProblemReason.define(TrainingLimitException.CODE, HttpStatus.UNPROCESSABLE_CONTENT);
    static final ProblemReason DATASET_NOT_ALLOWED =
            ProblemReason.define(DatasetNotAllowedException.CODE, HttpStatus.UNPROCESSABLE_CONTENT);

    @ExceptionHandler({JobNotFoundException.class, ModelNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(ProblemReason.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(JobFinishedException.class)
    ProblemDetail finished(JobFinishedException e) {
        return Problems.of(JOB_FINISHED, e.getMessage());
    }

    @ExceptionHandler(NoPreviousVersionException.class)
    ProblemDetail noPrevious(NoPreviousVersionException e) {
        return Problems.of(NO_PREVIOUS_VERSION, e.getMessage());
    }

    /** A dataset's reason (malformed, unreadable, unknown-label, too-few-labels, empty-dataset): 422. */
    @ExceptionHandler(InvalidDatasetException.class)
    ProblemDetail invalidDataset(InvalidDatasetException e) {
        return Problems.of(ProblemReason.define(e.reason().code(), HttpStatus.UNPROCESSABLE_CONTENT), e.getMessage());
    }

    /** A request over a configured limit: 422 {@code limit-exceeded}, naming the field and the limit. */
    @ExceptionHandler(TrainingLimitException.class)
    ProblemDetail overLimit(TrainingLimitException e) {
        ProblemDetail problem = Problems.of(LIMIT_EXCEEDED, e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("limit", e.limit());
        return problem;
    }

    /** A dataset outside the roots or allow-lists: 422 {@code dataset-not-allowed}, naming the field. */
    @ExceptionHandler(DatasetNotAllowedException.class)
    ProblemDetail datasetNotAllowed(DatasetNotAllowedException e) {
        ProblemDetail problem = Problems.of(DATASET_NOT_ALLOWED, e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(ModelIntegrityException.class)
    ProblemDetail integrity(ModelIntegrityException e) {
        return Problems.of(MODEL_INTEGRITY, e.getMessage());
    }
}
