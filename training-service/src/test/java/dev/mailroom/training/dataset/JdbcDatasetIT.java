package dev.mailroom.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.contracts.Label;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the PostgreSQL on 127.0.0.1:5432 (user postgres, database test), in a table of its own. */
class JdbcDatasetIT {

    static final String URL = System.getProperty("mailroom.test.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final int ROWS = 1_234; // more than one fetch batch

    private final String table = "training_ds_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void createTable() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", null);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (doc_id TEXT PRIMARY KEY, body TEXT, category TEXT)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    insert.setString(1, "d" + i);
                    insert.setString(2, (i % 3 == 0 ? "Invoice total due " : "We offer you ") + i);
                    insert.setString(3, i % 3 == 0 ? "invoice" : "offer");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    @AfterEach
    void dropTable() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", null);
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    @Test
    void queryRowsAreStreamedWithNamedColumns() {
        var spec = new JdbcDataset(
                URL,
                "postgres",
                null,
                "SELECT doc_id, body, category FROM " + table + " ORDER BY doc_id",
                "body",
                "category",
                "doc_id");
        List<Long> progress = new ArrayList<>();

        Dataset data = new DatasetLoader(progress::add).load(spec.open());

        assertThat(data.rowsRead()).isEqualTo(ROWS);
        assertThat(data.labelCounts()).containsEntry(Label.INVOICE, 412).containsEntry(Label.OFFER, 822);
        assertThat(data.rows())
                .filteredOn(r -> r.id().equals("d3"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.label()).isEqualTo(Label.INVOICE);
                    assertThat(r.text()).isEqualTo("Invoice total due 3");
                });
        assertThat(progress).containsExactly(1_000L, (long) ROWS);
        assertThat(spec.open().description()).doesNotContain("password");
    }

    @Test
    void unknownLabelInTheDatabaseIsRefused() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", null);
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + table + " VALUES ('zz', 'lunch menu', 'recipe')");
        }
        var spec = new JdbcDataset(
                URL, "postgres", null, "SELECT body AS text, category AS label FROM " + table, null, null, null);

        assertThatThrownBy(() -> new DatasetLoader().load(spec.open()))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidDatasetException.Reason.UNKNOWN_LABEL))
                .hasMessageContaining("recipe");
    }

    @Test
    void missingColumnAndBadSqlAreReported() {
        var noColumn = new JdbcDataset(URL, "postgres", null, "SELECT body FROM " + table, null, null, null);
        var badSql = new JdbcDataset(URL, "postgres", null, "SELECT nope FROM " + table, null, null, null);

        assertThatThrownBy(() -> new DatasetLoader().load(noColumn.open()))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidDatasetException.Reason.MALFORMED))
                .hasMessageContaining("'text'");
        assertThatThrownBy(() -> new DatasetLoader().load(badSql.open()))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidDatasetException.Reason.UNREADABLE));
    }

    @Test
    void readingStopsAtTheRowLimit() {
        var spec = new JdbcDataset(
                URL, "postgres", null, "SELECT body AS text, category AS label FROM " + table, null, null, null);
        List<Long> progress = new ArrayList<>();

        assertThatThrownBy(() -> new DatasetLoader(progress::add, 1_000).load(spec.open()))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidDatasetException.Reason.TOO_LARGE))
                .hasMessageContaining("more than 1000 rows");
        assertThat(progress).containsExactly(1_000L);
    }

    @Test
    void credentialsInTheUrlOrPasswordNeverReachTheMessage() {
        String secretUrl = URL + "?user=postgres&password=url-secret-42";
        var badSql = new JdbcDataset(
                secretUrl, "postgres", "field-secret-43", "SELECT nope FROM " + table, null, null, null);
        var noDriver = new JdbcDataset(
                "jdbc:nosuchdriver://etl:url-secret-44@db.internal/warehouse",
                "etl",
                "field-secret-45",
                "SELECT 1",
                null,
                null,
                null);

        assertThatThrownBy(() -> new DatasetLoader().load(badSql.open()))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:5432/test?***")
                .hasMessageNotContaining("url-secret-42")
                .hasMessageNotContaining("field-secret-43")
                .hasNoCause();
        assertThatThrownBy(() -> new DatasetLoader().load(noDriver.open()))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("jdbc:nosuchdriver://***@db.internal/warehouse")
                .hasMessageNotContaining("url-secret-44")
                .hasMessageNotContaining("field-secret-45");
    }
}
