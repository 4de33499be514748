package dev.mailroom.ingest.pipeline;

/**
 * S3 or Kafka did not confirm: the document was not handled and must not be acknowledged, so that the
 * channel offers it again (the client retries, the file stays, the message stays unseen).
 */
public class DeliveryException extends RuntimeException {

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
