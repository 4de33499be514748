package dev.mailroom.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** The training-service REST API as the local stack uses it: submit a job, follow it to the end. */
public final class TrainingClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;
    private final String apiKey;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A client of the training-service at {@code baseUrl}, authenticating with {@code apiKey} (roles train, read). */
    public TrainingClient(URI baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /**
     * The request body of a quick training job on a JSONL file: a small search that suits a laptop.
     *
     * @param model model name, e.g. {@code mailroom-text}
     * @param dataset absolute path of the JSONL dataset (the service reads it from the same machine)
     * @param promotion never, always or if-better
     */
    public static ObjectNode quickTraining(String model, Path dataset, String promotion) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        ObjectNode source = body.putObject("dataset");
        source.put("type", "file");
        source.put("path", dataset.toAbsolutePath().toString());
        List.of("logistic", "naive-bayes").forEach(body.putArray("kernels")::add);
        body.put("trials", 4);
        body.put("folds", 3);
        body.put("timeBudgetSeconds", 180);
        body.put("seed", 42);
        body.put("promotion", promotion);
        return body;
    }

    /** The curl command that submits {@code body}, for the operator to copy. */
    public String curl(ObjectNode body) {
        return "curl -s -X POST " + baseUrl.resolve("/api/v1/trainings") + " -H 'Authorization: Bearer " + apiKey
                + "' -H 'Content-Type: application/json' -d '" + body + "'";
    }

    /** Submits a training job; returns its id. */
    public String submit(ObjectNode body) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/api/v1/trainings"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        JsonNode response = send(request, 202);
        return response.path("id").asText();
    }

    /** The job's current snapshot (status, phase, trialsDone, trialsTotal, version, error...). */
    public JsonNode job(String id) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/api/v1/trainings/" + id))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + apiKey)
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request, 200);
    }

    /**
     * Polls the job until it finishes, reporting each change of phase or trial count.
     *
     * @return the final snapshot
     * @throws TrainingFailedException when the job does not succeed or {@code timeout} passes
     */
    public JsonNode awaitFinished(String id, Duration timeout, Consumer<JsonNode> progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (true) {
            JsonNode job = job(id);
            String status = job.path("status").asText();
            String now = status + "/" + job.path("phase").asText() + "/"
                    + job.path("trialsDone").asInt();
            if (!now.equals(last)) {
                progress.accept(job);
                last = now;
            }
            switch (status) {
                case "SUCCEEDED" -> {
                    return job;
                }
                case "FAILED", "CANCELLED" ->
                    throw new TrainingFailedException("training " + id + " " + status + ": " + job.path("error"));
                default -> {
                    // still queued or running
                }
            }
            if (System.nanoTime() > deadline) {
                throw new TrainingFailedException(
                        "training " + id + " not finished after " + timeout.toSeconds() + " s");
            }
            pause(Duration.ofMillis(500));
        }
    }

    private JsonNode send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new TrainingFailedException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrainingFailedException("interrupted while calling " + request.uri());
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrainingFailedException("interrupted");
        }
    }
}
