package dev.mailroom.training.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A dataset in any JDBC database whose driver is on the class path.
 *
 * @param url JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test} or {@code jdbc:oracle:thin:@//host:1521/SVC};
 *     shown and stored only redacted (it may carry credentials)
 * @param user database user (may be null)
 * @param password database password (may be null; never written back out)
 * @param query a SELECT returning one row per document
 * @param textColumn column holding the document text ({@code text} when null)
 * @param labelColumn column holding the label code ({@code label} when null)
 * @param idColumn column holding a row id (optional)
 */
public record JdbcDataset(
        String url,
        String user,
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String password,
        String query,
        String textColumn,
        String labelColumn,
        String idColumn)
        implements DatasetSpec {
    public JdbcDataset {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a jdbc dataset needs a url starting with jdbc:");
        }
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("a jdbc dataset needs a query");
        }
        textColumn = textColumn == null || textColumn.isBlank() ? "text" : textColumn;
        labelColumn = labelColumn == null || labelColumn.isBlank() ? "label" : labelColumn;
        idColumn = idColumn == null || idColumn.isBlank() ? null : idColumn;
    }

    @Override
    public DatasetSource open() {
        return new JdbcSource(this);
    }

    /** This dataset as it may be stored and shown: URL without credentials or parameters, no password. */
    @Override
    public JdbcDataset redacted() {
        return new JdbcDataset(Redaction.jdbcUrl(url), user, null, query, textColumn, labelColumn, idColumn);
    }

    /** Without the password, and the URL without credentials or parameters. */
    @Override
    public String toString() {
        return "JdbcDataset[url=" + Redaction.jdbcUrl(url) + ", user=" + user + ", password="
                + (password == null ? null : Redaction.MASK) + ", query=" + query + ", textColumn=" + textColumn
                + ", labelColumn=" + labelColumn + ", idColumn=" + idColumn + "]";
    }
}
