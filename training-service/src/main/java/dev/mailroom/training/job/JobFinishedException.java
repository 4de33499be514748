package dev.mailroom.training.job;

/** The job has already ended and cannot be cancelled. */
public class JobFinishedException extends RuntimeException {

    public JobFinishedException(String id, JobStatus status) {
        super("training job " + id + " has already ended: " + status);
    }
}
