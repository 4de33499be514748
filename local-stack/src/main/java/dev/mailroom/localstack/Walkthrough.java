package dev.mailroom.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailroom.contracts.Label;
import dev.mailroom.contracts.Topic;
import dev.mailroom.localstack.demo.ModelAliases;
import dev.mailroom.localstack.demo.Outcome;
import dev.mailroom.localstack.demo.OutcomeTable;
import dev.mailroom.localstack.demo.OutcomeWatcher;
import dev.mailroom.localstack.demo.SampleBatch;
import dev.mailroom.localstack.demo.SampleBatch.SampleFile;
import dev.mailroom.localstack.demo.TrainingClient;
import dev.mailroom.localstack.kafka.TailMain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a newcomer sees after start: a first model trained from sample data when the registry has none,
 * a mixed batch fed to the inbox with a live table of outcomes, and where to look next.
 */
public final class Walkthrough {

    /** The text model the classifier serves (classifier key mailroom.classifier.model.text-name). */
    public static final String TEXT_MODEL = "mailroom-text";

    /** Seed of the bootstrap training set. */
    static final long TRAINING_SEED = 20261125L;

    /** Documents in the bootstrap training set. */
    static final int TRAINING_DOCUMENTS = 1400;

    private final LocalStack stack;
    private final Console console;

    /** A walkthrough of a started (or starting) stack. */
    public Walkthrough(LocalStack stack, Console console) {
        this.stack = stack;
        this.console = console;
    }

    /** Hook for {@link LocalStack#start(java.util.function.Consumer)}: bootstraps the model after training-service. */
    public void afterReady(String part) {
        if (StackPlan.TRAINING.equals(part)) {
            ensureProductionModel();
        }
    }

    /** The training-service client of this stack. */
    public TrainingClient training() {
        return new TrainingClient(stack.baseUrl(StackPlan.TRAINING), StackOptions.API_KEY);
    }

    /** The production aliases in this stack's registry; the caller closes it. */
    public ModelAliases aliases() {
        return ModelAliases.of(
                stack.options().registryUri(),
                stack.s3Endpoint(),
                StackOptions.REGION,
                StackOptions.S3_ACCESS_KEY,
                StackOptions.S3_SECRET_KEY);
    }

    /** The JSONL training set generated from sample-data (written on first use, kept in the data directory). */
    public Path trainingSet() {
        Path file = stack.options().dataDirectory().resolve("datasets").resolve("sample-training.jsonl");
        if (!file.toFile().isFile()) {
            SampleBatch.writeTrainingSet(file, TRAINING_SEED, TRAINING_DOCUMENTS);
        }
        return file;
    }

    /**
     * Trains and promotes {@value #TEXT_MODEL} from sample data unless the registry has a production
     * version; prints the progress.
     *
     * @return the production version
     */
    public String ensureProductionModel() {
        try (ModelAliases aliases = aliases()) {
            Optional<String> production = aliases.productionVersion(TEXT_MODEL);
            if (production.isPresent()) {
                console.step("model " + TEXT_MODEL + ": production version " + production.get());
                return production.get();
            }
        }
        console.heading("no production model yet: training " + TEXT_MODEL + " from sample data");
        return train("always", "first model");
    }

    /** Runs a quick training job on the sample training set with {@code promotion}; returns the version. */
    public String train(String promotion, String why) {
        Path dataset = trainingSet();
        ObjectNode body = TrainingClient.quickTraining(TEXT_MODEL, dataset, promotion);
        TrainingClient client = training();
        String id = client.submit(body);
        console.step("training job " + id + " (" + why + ", " + TRAINING_DOCUMENTS + " sample documents, promotion "
                + promotion + ")");
        JsonNode job = client.awaitFinished(id, Duration.ofMinutes(10), snapshot -> console.step(progress(snapshot)));
        String version = job.path("version").asText();
        JsonNode promotionOutcome = job.path("promotion");
        console.step(String.format(
                Locale.ROOT,
                "published %s %s (held-out accuracy %.3f)%s",
                TEXT_MODEL,
                version,
                job.path("heldOut").path("accuracy").asDouble(),
                promotionOutcome.path("promoted").asBoolean()
                        ? ", promoted to production"
                        : ", not promoted: " + promotionOutcome.path("reason").asText()));
        return version;
    }

    private static String progress(JsonNode job) {
        StringBuilder line = new StringBuilder("  training ")
                .append(job.path("status").asText().toLowerCase(Locale.ROOT));
        if (!job.path("phase").isMissingNode() && !job.path("phase").isNull()) {
            line.append(" / ").append(job.path("phase").asText());
        }
        line.append(": trials ")
                .append(job.path("trialsDone").asInt())
                .append('/')
                .append(job.path("trialsTotal").asInt());
        JsonNode best = job.path("best");
        if (best.isObject()) {
            line.append(String.format(
                    Locale.ROOT,
                    ", best %s %.3f",
                    best.path("kernel").asText(),
                    best.path("score").asDouble()));
        }
        return line.toString();
    }

    /** Feeds the demo batch to the inbox and prints each outcome as it arrives; then where to look next. */
    public void run() {
        int count = stack.options().demoDocuments();
        if (count > 0) {
            feedInbox(count);
        }
        console.heading("where to look next");
        console.lines(whereToLook());
    }

    /**
     * Drops {@code count} mixed sample documents into the inbox and shows a live table of what happened.
     *
     * @return the outcomes of the fed documents
     */
    public List<Outcome> feedInbox(int count) {
        // new documents on every run: the router would reject repeats of earlier runs as duplicates
        List<SampleFile> batch = SampleBatch.mixed(System.currentTimeMillis(), count);
        Map<String, Label> expected = new HashMap<>();
        batch.forEach(f -> expected.put(f.filename(), f.expected()));
        console.heading("feeding " + batch.size() + " sample documents to "
                + stack.options().inbox());
        console.lines(OutcomeTable.header());
        AtomicInteger row = new AtomicInteger();
        List<Outcome> mine = new ArrayList<>();
        try (OutcomeWatcher watcher = OutcomeWatcher.fromNow(stack.bootstrapServers(), outcome -> {
            if (outcome.filename() != null && expected.containsKey(outcome.filename())) {
                synchronized (mine) {
                    mine.add(outcome);
                }
                console.line(OutcomeTable.row(row.incrementAndGet(), outcome, expected.get(outcome.filename())));
            }
        })) {
            Path staging = stack.options().dataDirectory().resolve("staging");
            batch.forEach(file -> SampleBatch.drop(file, stack.options().inbox(), staging));
            boolean all = watcher.await(
                    outcomes -> {
                        synchronized (mine) {
                            return mine.size() >= batch.size();
                        }
                    },
                    Duration.ofMinutes(3));
            if (!all) {
                console.warn("only " + mine.size() + " of " + batch.size()
                        + " documents have an outcome after 3 minutes; see "
                        + stack.options().logDirectory());
            }
        }
        summarize(mine, expected);
        return mine;
    }

    private void summarize(List<Outcome> outcomes, Map<String, Label> expected) {
        long rejected = outcomes.stream().filter(Outcome::rejected).count();
        long correct = outcomes.stream()
                .filter(o -> !o.rejected() && o.label() == expected.get(o.filename()))
                .count();
        long review = outcomes.stream().filter(Outcome::needsReview).count();
        console.line(String.format(
                Locale.ROOT,
                "%d documents: %d classified (%d correct, %d to review), %d rejected",
                outcomes.size(),
                outcomes.size() - rejected,
                correct,
                review,
                rejected));
    }

    /** Endpoints, topics and commands for the operator. */
    public List<String> whereToLook() {
        TrainingClient client = training();
        StackOptions options = stack.options();
        List<String> lines = new ArrayList<>();
        lines.add("  drop files   " + options.inbox() + "  (txt, pdf, png, jpg, eml)");
        String key = "-H 'X-Api-Key: " + StackOptions.API_KEY + "' ";
        lines.add("  api key      " + StackOptions.API_KEY
                + " (X-Api-Key or Authorization: Bearer; every role, local profile only)");
        lines.add("  upload       curl " + key + "-F file=@invoice.pdf "
                + stack.baseUrl(StackPlan.INGEST).resolve("/api/v1/documents"));
        lines.add("  classify     curl " + key
                + "-H 'Content-Type: application/json' -d '{\"text\":\"Please pay invoice 42\"}' "
                + stack.baseUrl(StackPlan.CLASSIFIER).resolve("/api/v1/classifications"));
        lines.add(
                "  trainings    curl " + key + stack.baseUrl(StackPlan.TRAINING).resolve("/api/v1/trainings"));
        lines.add("  models       curl " + key
                + stack.baseUrl(StackPlan.TRAINING).resolve("/api/v1/models/" + TEXT_MODEL + "/versions"));
        lines.add("  health       " + stack.baseUrl(StackPlan.CLASSIFIER).resolve("/actuator/health") + " (same on :"
                + options.ports().ingest() + " and :" + options.ports().training() + ")");
        lines.add("  topics       "
                + String.join(
                        ", ",
                        Arrays.stream(Topic.values()).map(Topic::defaultName).toList()) + " on "
                + stack.bootstrapServers());
        lines.add("  tail         java -cp " + options.root().resolve("local-stack/target/local-stack.jar") + " "
                + TailMain.class.getName() + " " + Topic.CLASSIFIED.defaultName() + " " + stack.bootstrapServers());
        lines.add("  retrain      " + client.curl(TrainingClient.quickTraining(TEXT_MODEL, trainingSet(), "always")));
        lines.add("  S3 API       " + stack.s3Endpoint() + " bucket " + StackOptions.BUCKET + " (AWS_ACCESS_KEY_ID="
                + StackOptions.S3_ACCESS_KEY + " AWS_SECRET_ACCESS_KEY=" + StackOptions.S3_SECRET_KEY + ")");
        lines.add("  logs         " + options.logDirectory());
        lines.add("  data         " + options.dataDirectory()
                + " (kept across restarts; ./mailroom local --clean removes it)");
        return lines;
    }
}
