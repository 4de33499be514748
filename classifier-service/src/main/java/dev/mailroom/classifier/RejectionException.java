package dev.mailroom.classifier;

import dev.mailroom.contracts.RejectReason;
import java.util.Objects;

/**
 * A document the classifier can never process, whatever the number of retries: malformed record,
 * content reference outside the bucket, unreadable or oversized content. Carries the reason code that
 * ends up in {@code document.rejected.v1} or in a problem detail.
 */
public class RejectionException extends RuntimeException {

    private final RejectReason reason;

    public RejectionException(RejectReason reason, String detail) {
        this(reason, detail, null);
    }

    public RejectionException(RejectReason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The machine-readable reason. */
    public RejectReason reason() {
        return reason;
    }
}
