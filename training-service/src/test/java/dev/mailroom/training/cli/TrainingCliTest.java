package dev.mailroom.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.model.registry.FileSystemModelRegistry;
import dev.mailroom.training.TestCorpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final TrainingCli cli = new TrainingCli(
            new CliPrinter(
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)),
            Map.of());

    private JsonNode resultLine() throws Exception {
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(1);
        return new ObjectMapper().readTree(lines[0]);
    }

    @Test
    void trainPublishesAVersionAndPrintsOneJsonLineThenEvaluateScoresIt() throws Exception {
        Path train = TestCorpus.writeJsonl(dir.resolve("train.jsonl"), TestCorpus.generate(210, 31));
        Path test = TestCorpus.writeJsonl(dir.resolve("test.jsonl"), TestCorpus.generate(70, 32));
        Path registry = dir.resolve("registry");

        int code = cli.run(new String[] {
            "train",
            "--train",
            train.toString(),
            "--test",
            test.toString(),
            "--kernels",
            "naive-bayes,linear-svm",
            "--search",
            "random",
            "--trials",
            "2",
            "--folds",
            "2",
            "--registry",
            registry.toString(),
            "--promote",
            "if-better",
            "--model",
            "cli-model"
        });

        assertThat(code).isZero();
        JsonNode result = resultLine();
        assertThat(result.fieldNames())
                .toIterable()
                .contains(
                        "kernel",
                        "params",
                        "cv_macro_f1",
                        "test_accuracy",
                        "test_macro_f1",
                        "trials",
                        "seconds",
                        "version");
        assertThat(result.get("trials").asInt()).isEqualTo(2);
        assertThat(result.get("trials_completed").asInt()).isBetween(1, 2);
        assertThat(result.get("test_macro_f1").asDouble()).isGreaterThan(0.8);
        String version = result.get("version").asText();
        var store = new FileSystemModelRegistry(registry);
        assertThat(store.versions("cli-model")).containsExactly(version);
        assertThat(store.production("cli-model")).contains(version);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("trial 2/2 done")
                .contains("leaderboard");

        out.reset();
        int evalCode = cli.run(new String[] {
            "evaluate", "--model", registry + "@" + version, "--test", test.toString(), "--name", "cli-model"
        });

        assertThat(evalCode).isZero();
        JsonNode evaluation = resultLine();
        assertThat(evaluation.get("version").asText()).isEqualTo(version);
        assertThat(evaluation.get("documents").asInt()).isEqualTo(70);
        assertThat(evaluation.get("accuracy").asDouble())
                .isEqualTo(result.get("test_accuracy").asDouble());
        assertThat(evaluation.get("macro_f1").asDouble())
                .isEqualTo(result.get("test_macro_f1").asDouble());
        assertThat(evaluation.get("per_class_f1").size()).isEqualTo(7);
        assertThat(evaluation.get("docs_per_second").asDouble()).isPositive();
    }

    @Test
    void usageErrorsExitWith2AndBadDataWith1() throws Exception {
        assertThat(cli.run(new String[] {"train", "--train"})).isEqualTo(2);
        assertThat(cli.run(new String[] {"train", "--colour", "red"})).isEqualTo(2);
        assertThat(cli.run(new String[] {"evaluate", "--test", "x.jsonl"})).isEqualTo(2);
        Path oneLabel = Files.writeString(
                dir.resolve("one.jsonl"),
                "{\"label\":\"offer\",\"text\":\"a\"}\n{\"label\":\"offer\",\"text\":\"b\"}\n");
        assertThat(cli.run(new String[] {
                    "train",
                    "--train",
                    oneLabel.toString(),
                    "--registry",
                    dir.resolve("r").toString()
                }))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("too-few-labels");
        assertThat(out.size()).isZero();
    }

    @Test
    void onlyTrainAndEvaluateBypassTheWebServer() {
        assertThat(TrainingCli.handles(new String[] {"train"})).isTrue();
        assertThat(TrainingCli.handles(new String[] {"evaluate", "--model", "x"}))
                .isTrue();
        assertThat(TrainingCli.handles(new String[] {})).isFalse();
        assertThat(TrainingCli.handles(new String[] {"--server.port=0"})).isFalse();
    }
}
