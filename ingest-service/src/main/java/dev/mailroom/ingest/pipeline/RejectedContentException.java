package dev.mailroom.ingest.pipeline;

import dev.mailroom.contracts.RejectReason;
import java.util.Objects;

/** Content the pipeline refuses, with the machine-readable reason that ends up in the rejected record. */
public class RejectedContentException extends RuntimeException {

    private final RejectReason reason;

    public RejectedContentException(RejectReason reason, String detail) {
        this(reason, detail, null);
    }

    public RejectedContentException(RejectReason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The reason code. */
    public RejectReason reason() {
        return reason;
    }
}
