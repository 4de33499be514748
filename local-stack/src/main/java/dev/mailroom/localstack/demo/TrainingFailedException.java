package dev.mailroom.localstack.demo;

/** A training job the local stack started did not produce a model. */
public final class TrainingFailedException extends RuntimeException {

    TrainingFailedException(String message) {
        super(message);
    }
}
