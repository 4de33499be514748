package dev.mailroom.training.job;

/** Lifecycle of a training job. */
public enum JobStatus {
    /** Accepted, waiting for a worker. */
    QUEUED,
    /** Loading data, searching, refitting or publishing. */
    RUNNING,
    /** A version was published. */
    SUCCEEDED,
    /** Stopped by an error; see the job's error. */
    FAILED,
    /** Stopped on request before publishing. */
    CANCELLED;

    /** Whether the job has ended. */
    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
