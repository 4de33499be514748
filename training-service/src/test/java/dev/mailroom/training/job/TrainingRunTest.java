package dev.mailroom.training.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.model.pkg.ModelManifest;
import dev.mailroom.model.registry.FileSystemModelRegistry;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.training.TestCorpus;
import dev.mailroom.training.dataset.FileDataset;
import dev.mailroom.training.search.LocalTrialExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {

    @TempDir
    Path dir;

    private ModelRegistry registry;
    private Path train;
    private Path test;

    @BeforeEach
    void data() {
        registry = new FileSystemModelRegistry(dir.resolve("registry"));
        train = TestCorpus.writeJsonl(dir.resolve("train.jsonl"), TestCorpus.generate(210, 21));
        test = TestCorpus.writeJsonl(dir.resolve("test.jsonl"), TestCorpus.generate(70, 22));
    }

    private ResolvedTraining request(String promotion, Double margin, Path testFile) {
        return new TrainingRequest(
                        "test-model",
                        new FileDataset(train.toString()),
                        testFile == null ? null : new FileDataset(testFile.toString()),
                        null,
                        List.of("naive-bayes"),
                        "grid",
                        2,
                        2,
                        null,
                        120L,
                        null,
                        Map.of("naive-bayes", Map.of("alpha", List.of(0.1, 1.0))),
                        promotion,
                        margin)
                .resolve(TrainingDefaults.standard());
    }

    private TrainingResult run(ResolvedTraining training, List<String> phases) {
        return new TrainingRun(registry, new LocalTrialExecutor(2), Clock.systemUTC())
                .run(
                        "job-1",
                        training,
                        new TrainingListener() {
                            @Override
                            public void phase(String phase) {
                                phases.add(phase);
                            }
                        },
                        () -> false);
    }

    @Test
    void winnerIsRefitEvaluatedPublishedAndPromotedWhenNothingIsInProduction() {
        List<String> phases = new ArrayList<>();

        TrainingResult result = run(request("if-better", null, test), phases);

        assertThat(phases)
                .containsExactly("loading", "searching", "refitting", "evaluating", "publishing", "promoting");
        assertThat(result.version()).isEqualTo(registry.versions("test-model").get(0));
        assertThat(result.dataset().trainSize()).isEqualTo(210);
        assertThat(result.dataset().testSize()).isEqualTo(70);
        assertThat(result.search().leaderboard()).hasSize(2);
        assertThat(result.heldOut().size()).isEqualTo(70);
        assertThat(result.heldOut().macroF1()).isGreaterThan(0.8);
        assertThat(result.promotion().promoted()).isTrue();
        assertThat(registry.production("test-model")).contains(result.version());
        ModelManifest manifest = registry.manifest("test-model", result.version());
        assertThat(manifest.kernel()).isEqualTo("naive-bayes");
        assertThat(manifest.trainingJobId()).isEqualTo("job-1");
        assertThat(manifest.datasetSize()).isEqualTo(210);
        assertThat(manifest.metrics()).containsKeys("cv", "heldOut");
        assertThat(registry.promotions("test-model")).singleElement().satisfies(p -> assertThat(p.reason())
                .contains("no production version yet"));
    }

    @Test
    void ifBetterKeepsProductionWhenTheChallengerDoesNotBeatItByTheMargin() {
        TrainingResult first = run(request("always", null, test), new ArrayList<>());

        TrainingResult second = run(request("if-better", 0.5, test), new ArrayList<>());

        assertThat(second.version()).isNotEqualTo(first.version());
        assertThat(second.promotion().promoted()).isFalse();
        assertThat(second.promotion().previousProduction()).isEqualTo(first.version());
        assertThat(second.promotion().productionScore())
                .isEqualTo(first.heldOut().macroF1());
        assertThat(second.promotion().reason()).contains("margin 0.5000");
        assertThat(registry.production("test-model")).contains(first.version());
        assertThat(registry.versions("test-model")).hasSize(2);
    }

    @Test
    void neverPolicyPublishesWithoutPromotingAndHoldsOutAShareWithoutTestSet() {
        TrainingResult result = run(request("never", null, null), new ArrayList<>());

        assertThat(result.promotion().promoted()).isFalse();
        assertThat(registry.production("test-model")).isEmpty();
        assertThat(result.dataset().testSize()).isEqualTo(42);
        assertThat(result.dataset().trainSize()).isEqualTo(168);
    }

    @Test
    void invalidRequestsAreRefusedBeforeRunning() {
        assertThatThrownBy(() -> new TrainingRequest(
                                null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                        .resolve(TrainingDefaults.standard()))
                .hasMessageContaining("dataset");
        assertThatThrownBy(() -> new TrainingRequest(
                                null,
                                new FileDataset("x"),
                                null,
                                null,
                                List.of("forest"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)
                        .resolve(TrainingDefaults.standard()))
                .hasMessageContaining("forest");
        assertThatThrownBy(() -> new TrainingRequest(
                                null,
                                new FileDataset("x"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                1,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)
                        .resolve(TrainingDefaults.standard()))
                .hasMessageContaining("folds");
        assertThatThrownBy(() -> new TrainingRequest(
                                null,
                                new FileDataset("x"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "sometimes",
                                null)
                        .resolve(TrainingDefaults.standard()))
                .hasMessageContaining("sometimes");
    }
}
