package dev.mailroom.training.dataset;

/** A dataset that cannot be used for training; {@link #reason()} is a machine-readable code. */
public class InvalidDatasetException extends RuntimeException {

    /** Why a dataset was refused. */
    public enum Reason {
        /** A row's label is not one of the contracts' labels. */
        UNKNOWN_LABEL("unknown-label"),
        /** Fewer than two distinct labels: nothing to learn. */
        TOO_FEW_LABELS("too-few-labels"),
        /** No usable row at all. */
        EMPTY("empty-dataset"),
        /** A row or file that does not parse (bad JSON, missing column, ...). */
        MALFORMED("malformed"),
        /** The source could not be reached or read (I/O, database, missing file). */
        UNREADABLE("unreadable"),
        /** More rows than the service's limit ({@code mailroom.training.limits.max-dataset-rows}). */
        TOO_LARGE("dataset-too-large");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The wire spelling of this reason. */
        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public InvalidDatasetException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InvalidDatasetException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The machine-readable reason. */
    public Reason reason() {
        return reason;
    }
}
