package dev.mailroom.training.job;

/**
 * A training request over one of the service's {@link TrainingLimits}. An {@link IllegalArgumentException}, so any
 * handler of invalid requests answers 422; {@link #field()} and {@link #limit()} say what to change.
 */
public class TrainingLimitException extends IllegalArgumentException {

    /** The reason code of every instance. */
    public static final String CODE = "limit-exceeded";

    private final String field;
    private final String limit;

    public TrainingLimitException(String field, Object value, Object limit, String configKey) {
        super(field + " is " + value + ", over the limit of " + limit + " (" + configKey + ")");
        this.field = field;
        this.limit = String.valueOf(limit);
    }

    /** The request field over its limit, e.g. {@code trials}. */
    public String field() {
        return field;
    }

    /** The limit, as configured. */
    public String limit() {
        return limit;
    }

    /** The machine-readable reason, {@value #CODE}. */
    public String code() {
        return CODE;
    }
}
