package dev.mailroom.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mailroom.training.job.JobStatus;
import dev.mailroom.training.job.TrainingJob;
import dev.mailroom.training.job.TrainingJobs;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = {TrainingController.class, ModelController.class})
@Import(WebTestConfiguration.class)
class TrainingControllerTest {

    static final String BODY =
            """
            {"dataset": {"type": "file", "path": "/nonexistent/train.jsonl"}, "kernels": ["naive-bayes"]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainingJobs jobs;

    @Test
    void aRequestOverALimitIs422NamingTheFieldAndCreatesNothing() throws Exception {
        int before = jobs.list().size();

        mvc.perform(
                        post("/api/v1/trainings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"dataset": {"type": "file", "path": "/nonexistent/train.jsonl"},
                                 "kernels": ["naive-bayes"], "trials": 100000}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.reason").value("limit-exceeded"))
                .andExpect(jsonPath("$.field").value("trials"))
                .andExpect(jsonPath("$.limit").value("200"))
                .andExpect(jsonPath("$.detail")
                        .value("trials is 100000, over the limit of 200 (mailroom.training.limits.max-trials)"));
        mvc.perform(
                        post("/api/v1/trainings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"dataset": {"type": "file", "path": "/nonexistent/train.jsonl"},
                                 "timeBudgetSeconds": 86400}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("timeBudgetSeconds"));

        assertThat(jobs.list()).hasSize(before);
    }

    @Test
    void aDatasetOutsideTheRootsOrAllowListIs422WithoutEchoingTheUrl() throws Exception {
        mvc.perform(
                        post("/api/v1/trainings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"dataset": {"type": "file", "path": "/etc/passwd"}}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("dataset-not-allowed"))
                .andExpect(jsonPath("$.field").value("dataset.path"));
        String body = mvc.perform(
                        post("/api/v1/trainings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"dataset": {"type": "file", "path": "/nonexistent/train.jsonl"},
                                 "testDataset": {"type": "jdbc", "url": "jdbc:postgresql://evil.example:5432/x?password=hunter2",
                                                 "query": "SELECT 1"}}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("dataset-not-allowed"))
                .andExpect(jsonPath("$.field").value("testDataset.url"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).doesNotContain("evil.example", "hunter2");
    }

    @Test
    void startingATrainingReturns202WithIdAndTheJobIsListed() throws Exception {
        String location = mvc.perform(post("/api/v1/trainings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").isString())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        TrainingJob ended = awaitEnd(id);

        // The dataset does not exist: the job fails with the dataset's reason, visible over REST.
        assertThat(ended.status()).isEqualTo(JobStatus.FAILED);
        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.error.code").value("unreadable"))
                .andExpect(jsonPath("$.request.dataset.type").value("file"));
        mvc.perform(get("/api/v1/trainings"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        mvc.perform(delete(location))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("job-finished"));
    }

    @Test
    void invalidRequestsAre422AndMalformedOnes400() throws Exception {
        mvc.perform(post("/api/v1/trainings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataset\": {\"type\": \"file\", \"path\": \"x\"}, \"kernels\": [\"forest\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("invalid-request"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("forest")));
        mvc.perform(post("/api/v1/trainings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataset\": {\"type\": \"jdbc\", \"url\": \"nope\", \"query\": \"q\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("jdbc:")));
        mvc.perform(post("/api/v1/trainings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("bad-request"));
    }

    @Test
    void unknownJobIs404Problem() throws Exception {
        mvc.perform(get("/api/v1/trainings/does-not-exist"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.reason").value("not-found"))
                .andExpect(jsonPath("$.type").value("https://mailroom.dev/problems/not-found"));
        mvc.perform(post("/api/v1/trainings/does-not-exist/cancel")).andExpect(status().isNotFound());
    }

    private TrainingJob awaitEnd(String id) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            TrainingJob job = jobs.find(id).orElseThrow();
            if (job.status().finished()) {
                return job;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job did not end");
    }
}
