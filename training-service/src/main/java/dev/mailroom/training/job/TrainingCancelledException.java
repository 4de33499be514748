package dev.mailroom.training.job;

/** A run stopped because its job was cancelled. */
public class TrainingCancelledException extends RuntimeException {

    public TrainingCancelledException() {
        super("the training job was cancelled");
    }
}
