package dev.mailroom.training.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A dataset in a MongoDB collection.
 *
 * @param uri connection string, e.g. {@code mongodb://127.0.0.1:27017} (never written back out: it may hold a password)
 * @param database database name
 * @param collection collection name
 * @param textField field with the document text, dotted for nested fields ({@code text} when null)
 * @param labelField field with the label code ({@code label} when null)
 * @param idField field with the row id ({@code _id} when null)
 * @param filter optional query filter as extended JSON, e.g. {@code {"split": "train"}}
 */
public record MongoDataset(
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String uri,
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
}
