package dev.mailroom.training.job;

/** No training job has this id. */
public class JobNotFoundException extends RuntimeException {

    public JobNotFoundException(String id) {
        super("no training job " + id);
    }
}
