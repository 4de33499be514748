package dev.mailroom.training.dataset;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * Any JDBC database whose driver is on the class path (PostgreSQL ships; Oracle's {@code ojdbc11} is optional, URL
 * {@code jdbc:oracle:thin:@//host:1521/SERVICE}). The query returns one row per document with a text column and a
 * label column (and optionally an id column); rows are fetched in batches, never all at once.
 */
final class JdbcSource implements DatasetSource {

    /** Rows per round trip. */
    static final int FETCH_SIZE = 500;

    private final JdbcDataset spec;

    JdbcSource(JdbcDataset spec) {
        this.spec = spec;
    }

    @Override
    public String description() {
        return Redaction.jdbcUrl(spec.url()) + " (" + spec.query() + ")";
    }

    @Override
    public void read(Consumer<SourceRow> sink) {
        try (Connection connection = DriverManager.getConnection(spec.url(), spec.user(), spec.password())) {
            // PostgreSQL streams with a cursor only outside auto-commit; other drivers ignore it harmlessly.
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Statement statement =
                    connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = statement.executeQuery(spec.query())) {
                    int text = column(rs, spec.textColumn());
                    int label = column(rs, spec.labelColumn());
                    int id = spec.idColumn() == null ? -1 : column(rs, spec.idColumn());
                    long rowNo = 0;
                    while (rs.next()) {
                        rowNo++;
                        String rowId = id > 0 ? rs.getString(id) : "row-" + rowNo;
                        sink.accept(new SourceRow(rowId, rs.getString(label), rs.getString(text)));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new InvalidDatasetException(
                    InvalidDatasetException.Reason.UNREADABLE,
                    "cannot read " + description() + ": " + scrub(e.getMessage()));
        }
    }

    /** A driver's message without the URL or password it may quote. */
    private String scrub(String message) {
        return Redaction.scrub(message, spec.url(), Redaction.jdbcUrl(spec.url()), spec.password());
    }

    private int column(ResultSet rs, String name) throws SQLException {
        try {
            return rs.findColumn(name);
        } catch (SQLException e) {
            throw new InvalidDatasetException(
                    InvalidDatasetException.Reason.MALFORMED,
                    "the query of " + description() + " returns no column '" + name + "'",
                    e);
        }
    }
}
