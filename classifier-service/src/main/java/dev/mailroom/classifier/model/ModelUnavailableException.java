package dev.mailroom.classifier.model;

/** No model is loaded yet (nothing promoted, or the registry unreachable since start): retry later. */
public class ModelUnavailableException extends RuntimeException {

    public ModelUnavailableException(String message) {
        super(message);
    }
}
