package dev.mailroom.training.dataset;

/**
 * A dataset the service's configuration does not allow: a path outside the dataset roots, a JDBC URL or MongoDB URI
 * not in the allow-list. An {@link IllegalArgumentException}, so any handler of invalid requests answers 422; the
 * message names the field and never quotes a connection string.
 */
public class DatasetNotAllowedException extends IllegalArgumentException {

    /** The reason code of every instance. */
    public static final String CODE = "dataset-not-allowed";

    private final String field;

    public DatasetNotAllowedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, e.g. {@code dataset.path} or {@code testDataset.url}. */
    public String field() {
        return field;
    }

    /** The machine-readable reason, {@value #CODE}. */
    public String code() {
        return CODE;
    }
}
