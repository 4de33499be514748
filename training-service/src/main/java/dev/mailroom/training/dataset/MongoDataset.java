package dev.mailroom.training.dataset;

/**
 * A dataset in a MongoDB collection.
 *
 * @param uri connection string, e.g. {@code mongodb://127.0.0.1:27017}; shown and stored only redacted (it may hold a
 *     password)
 * @param database database name
 * @param collection collection name
 * @param textField field with the document text, dotted for nested fields ({@code text} when null)
 * @param labelField field with the label code ({@code label} when null)
 * @param idField field with the row id ({@code _id} when null)
 * @param filter optional query filter as extended JSON, e.g. {@code {"split": "train"}}
 */
public record MongoDataset(
        String uri,
        String database,
        String collection,
        String textField,
        String labelField,
        String idField,
        String filter)
        implements DatasetSpec {
    public MongoDataset {
        if (uri == null || !uri.startsWith("mongodb")) {
            throw new IllegalArgumentException("a mongodb dataset needs a mongodb:// uri");
        }
        if (database == null || database.isBlank() || collection == null || collection.isBlank()) {
            throw new IllegalArgumentException("a mongodb dataset needs a database and a collection");
        }
        textField = textField == null || textField.isBlank() ? "text" : textField;
        labelField = labelField == null || labelField.isBlank() ? "label" : labelField;
        idField = idField == null || idField.isBlank() ? "_id" : idField;
    }

    @Override
    public DatasetSource open() {
        return new MongoSource(this);
    }

    /** This dataset as it may be stored and shown: URI without user info or options. */
    @Override
    public MongoDataset redacted() {
        return new MongoDataset(Redaction.mongoUri(uri), database, collection, textField, labelField, idField, filter);
    }

    /** With the URI redacted (no user info, no options). */
    @Override
    public String toString() {
        return "MongoDataset[uri=" + Redaction.mongoUri(uri) + ", database=" + database + ", collection="
                + collection + ", textField=" + textField + ", labelField=" + labelField + ", idField=" + idField
                + ", filter=" + filter + "]";
    }
}
