package dev.mailroom.training.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.model.registry.FileSystemModelRegistry;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.training.TestCorpus;
import dev.mailroom.training.dataset.FileDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingJobsTest {

    @TempDir
    Path dir;

    static TrainingJob awaitEnd(TrainingJobs jobs, String id) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            TrainingJob job = jobs.find(id).orElseThrow();
            if (job.status().finished()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not end in 60 s");
    }

    private TrainingRequest request(Path train) {
        return new TrainingRequest(
                "jobs-model",
                new FileDataset(train.toString()),
                null,
                null,
                List.of("naive-bayes"),
                "grid",
                2,
                2,
                null,
                null,
                null,
                Map.of("naive-bayes", Map.of("alpha", List.of(0.1, 1.0))),
                "always",
                null);
    }

    @Test
    void jobRunsToAVersionAndSurvivesARestart() throws Exception {
        ModelRegistry registry = new FileSystemModelRegistry(dir.resolve("registry"));
        Path train = TestCorpus.writeJsonl(dir.resolve("train.jsonl"), TestCorpus.generate(280, 5));
        TrainingJob done;
        try (TrainingJobs jobs = new TrainingJobs(registry, TrainingDefaults.standard(), 2, 1, Clock.systemUTC())) {
            TrainingJob queued = jobs.submit(request(train));
            assertThat(queued.status()).isIn(JobStatus.QUEUED, JobStatus.RUNNING);

            done = awaitEnd(jobs, queued.id());
        }

        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.version()).isEqualTo(registry.production("jobs-model").orElseThrow());
        assertThat(done.trialsDone()).isEqualTo(2);
        assertThat(done.trialsTotal()).isEqualTo(2);
        assertThat(done.leaderboard()).hasSize(2);
        assertThat(done.rowsRead()).isEqualTo(280);
        assertThat(done.heldOut()).containsKeys("accuracy", "macroF1", "perClass", "confusion");
        assertThat(registry.listDocuments(JobStore.PREFIX)).containsExactly("jobs/" + done.id() + ".json");

        try (TrainingJobs restarted =
                new TrainingJobs(registry, TrainingDefaults.standard(), 1, 1, Clock.systemUTC())) {
            TrainingJob reloaded = restarted.find(done.id()).orElseThrow();
            assertThat(reloaded.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(reloaded.version()).isEqualTo(done.version());
            assertThat(reloaded.leaderboard()).hasSize(2);
            assertThat(reloaded.request().dataset()).isEqualTo(new FileDataset(train.toString()));
            assertThatThrownBy(() -> restarted.cancel(done.id())).isInstanceOf(JobFinishedException.class);
            assertThatThrownBy(() -> restarted.cancel("nope")).isInstanceOf(JobNotFoundException.class);
        }
    }

    @Test
    void jobRunningAtShutdownShowsAsInterruptedAfterRestart() {
        ModelRegistry registry = new FileSystemModelRegistry(dir.resolve("registry"));
        JobState running = new JobState("j-1", "m", null, Instant.parse("2026-11-25T10:00:00Z"));
        running.started(Instant.parse("2026-11-25T10:00:01Z"));
        new JobStore(registry).save(running.snapshot());

        try (TrainingJobs jobs = new TrainingJobs(registry, TrainingDefaults.standard(), 1, 1, Clock.systemUTC())) {
            TrainingJob job = jobs.find("j-1").orElseThrow();
            assertThat(job.status()).isEqualTo(JobStatus.FAILED);
            assertThat(job.error()).containsEntry("code", "interrupted");
        }
    }

    @Test
    void badDatasetFailsTheJobWithTheDatasetReason() throws Exception {
        ModelRegistry registry = new FileSystemModelRegistry(dir.resolve("registry"));
        Path train = Files.writeString(
                dir.resolve("one-label.jsonl"),
                "{\"label\":\"invoice\",\"text\":\"a\"}\n{\"label\":\"invoice\",\"text\":\"b\"}\n");
        try (TrainingJobs jobs = new TrainingJobs(registry, TrainingDefaults.standard(), 1, 1, Clock.systemUTC())) {
            TrainingJob job = awaitEnd(jobs, jobs.submit(request(train)).id());

            assertThat(job.status()).isEqualTo(JobStatus.FAILED);
            assertThat(job.error()).containsEntry("code", "too-few-labels");
        }
    }

    @Test
    void cancelledJobEndsCancelledWithoutAVersion() throws Exception {
        ModelRegistry registry = new FileSystemModelRegistry(dir.resolve("registry"));
        Path train = TestCorpus.writeJsonl(dir.resolve("train.jsonl"), TestCorpus.generate(280, 5));
        try (TrainingJobs jobs = new TrainingJobs(registry, TrainingDefaults.standard(), 1, 1, Clock.systemUTC())) {
            // The first job occupies the only worker, so the second is still queued when cancelled.
            jobs.submit(request(train));
            TrainingJob second = jobs.submit(request(train));
            jobs.cancel(second.id());

            TrainingJob ended = awaitEnd(jobs, second.id());

            assertThat(ended.status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(ended.version()).isNull();
        }
    }
}
