package dev.mailroom.training.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.model.registry.FileSystemModelRegistry;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.training.dataset.DatasetLoader;
import dev.mailroom.training.dataset.InvalidDatasetException;
import dev.mailroom.training.dataset.JdbcDataset;
import dev.mailroom.training.dataset.MongoDataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords and credentials in connection strings appear in no toString, job document or job error. */
class SecretsTest {

    private static final JdbcDataset JDBC = new JdbcDataset(
            "jdbc:nosuchdriver://etl:url-secret-1@db.internal:5432/warehouse?password=url-secret-2",
            "etl",
            "field-secret-3",
            "SELECT body AS text, category AS label FROM letters",
            null,
            null,
            null);
    private static final MongoDataset MONGO = new MongoDataset(
            "mongodb://etl:url-secret-4@127.0.0.1:1/?authSource=admin", "warehouse", "letters", null, null, null, null);

    @TempDir
    Path dir;

    @Test
    void jdbcDatasetToStringMasksThePasswordAndTheUrlCredentials() {
        assertThat(JDBC.toString())
                .contains("jdbc:nosuchdriver://***@db.internal:5432/warehouse?***", "password=***", "user=etl")
                .doesNotContain("url-secret-1", "url-secret-2", "field-secret-3");
        assertThat(new JdbcDataset("jdbc:postgresql://db/x", null, null, "SELECT 1", null, null, null).toString())
                .contains("password=null");
    }

    @Test
    void mongoDatasetToStringMasksTheUriCredentials() {
        assertThat(MONGO.toString())
                .contains("mongodb://***@127.0.0.1:1/?***", "collection=letters")
                .doesNotContain("url-secret-4");
    }

    @Test
    void requestToStringAndRedactedCopyCarryNoSecret() {
        TrainingRequest request = new TrainingRequest(
                null, JDBC, MONGO, null, List.of("naive-bayes"), null, 1, 2, null, 30L, null, null, null, null);

        assertThat(request.toString()).doesNotContain("url-secret", "field-secret");
        TrainingRequest redacted = request.redacted();
        assertThat(((JdbcDataset) redacted.dataset()).password()).isNull();
        assertThat(((JdbcDataset) redacted.dataset()).url())
                .isEqualTo("jdbc:nosuchdriver://***@db.internal:5432/warehouse?***");
        assertThat(((MongoDataset) redacted.testDataset()).uri()).isEqualTo("mongodb://***@127.0.0.1:1/?***");
    }

    @Test
    void aMongoDriverErrorKeepsNoSecret() {
        MongoDataset bad = new MongoDataset(
                "mongodb://etl:url-secret-5@127.0.0.1:27017/?authMechanism=NO-SUCH-MECHANISM",
                "warehouse",
                "letters",
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> new DatasetLoader().load(bad.open()))
                .isInstanceOfSatisfying(
                        InvalidDatasetException.class,
                        e -> assertThat(e.reason().code()).isEqualTo("unreadable"))
                .hasMessageStartingWith("cannot read mongodb warehouse.letters: ")
                .hasMessageNotContaining("url-secret-5")
                .hasNoCause();
    }

    @Test
    void aFailedJdbcJobKeepsNoSecretInItsDocumentOrError() throws Exception {
        ModelRegistry registry = new FileSystemModelRegistry(dir.resolve("registry"));
        TrainingRequest request = new TrainingRequest(
                null, JDBC, null, null, List.of("naive-bayes"), null, 1, 2, null, 30L, null, null, null, null);
        try (TrainingJobs jobs = new TrainingJobs(registry, TrainingDefaults.standard(), 1, 1, Clock.systemUTC())) {
            TrainingJob ended =
                    TrainingJobsTest.awaitEnd(jobs, jobs.submit(request).id());

            assertThat(ended.status()).isEqualTo(JobStatus.FAILED);
            assertThat(ended.error().get("code")).isEqualTo("unreadable");
            assertThat(ended.error().get("detail"))
                    .contains("jdbc:nosuchdriver://***@db.internal:5432/warehouse?***")
                    .doesNotContain("url-secret", "field-secret");
            String document = new String(
                    registry.getDocument("jobs/" + ended.id() + ".json").orElseThrow(), StandardCharsets.UTF_8);
            assertThat(document).contains("db.internal").doesNotContain("url-secret", "field-secret");
        }
    }
}
