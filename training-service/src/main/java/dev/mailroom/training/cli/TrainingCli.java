package dev.mailroom.training.cli;

import dev.mailroom.model.LabelledText;
import dev.mailroom.model.LoadedModel;
import dev.mailroom.model.ModelLoader;
import dev.mailroom.model.eval.Evaluation;
import dev.mailroom.model.registry.ModelNotFoundException;
import dev.mailroom.model.registry.ModelRegistries;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.training.dataset.DatasetLoader;
import dev.mailroom.training.dataset.DatasetRow;
import dev.mailroom.training.dataset.FileDataset;
import dev.mailroom.training.dataset.InvalidDatasetException;
import dev.mailroom.training.job.DatasetSummary;
import dev.mailroom.training.job.ResolvedTraining;
import dev.mailroom.training.job.TrainingDefaults;
import dev.mailroom.training.job.TrainingFailedException;
import dev.mailroom.training.job.TrainingListener;
import dev.mailroom.training.job.TrainingRequest;
import dev.mailroom.training.job.TrainingResult;
import dev.mailroom.training.job.TrainingRun;
import dev.mailroom.training.search.LocalTrialExecutor;
import dev.mailroom.training.search.SearchProgress;
import dev.mailroom.training.search.TrialResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command line in the service jar: {@code train} and {@code evaluate}. Never starts the web server.
 *
 * <pre>
 * train --train train.jsonl [--test test.jsonl] [--kernels logistic,linear-svm] [--search grid|random]
 *       [--trials N] [--folds K] [--metric macro-f1] [--time-budget SECONDS] [--seed S] [--parallelism P]
 *       --registry DIR|s3://bucket [--model mailroom-text] [--promote never|always|if-better] [--margin X]
 * evaluate --model DIR|s3://bucket[@version] --test test.jsonl [--name mailroom-text]
 * </pre>
 */
public final class TrainingCli {

    /** Sub-commands this CLI handles; anything else starts the service. */
    public static final Set<String> COMMANDS = Set.of("train", "evaluate");

    private static final Set<String> S3_OPTIONS = Set.of("s3-endpoint", "s3-region", "s3-path-style-access");
    private static final Set<String> TRAIN_OPTIONS = union(
            S3_OPTIONS,
            Set.of(
                    "train",
                    "test",
                    "test-fraction",
                    "kernels",
                    "search",
                    "trials",
                    "folds",
                    "metric",
                    "time-budget",
                    "seed",
                    "parallelism",
                    "registry",
                    "model",
                    "promote",
                    "margin"));
    private static final Set<String> EVALUATE_OPTIONS = union(S3_OPTIONS, Set.of("model", "test", "name"));

    private final CliPrinter printer;
    private final Map<String, String> env;

    public TrainingCli(CliPrinter printer, Map<String, String> env) {
        this.printer = printer;
        this.env = env;
    }

    /** Whether {@code args} ask for the CLI rather than the service. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command; returns the process exit code (0 ok, 1 failed, 2 usage). */
    public int run(String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "train" -> train(new CliArgs(rest, TRAIN_OPTIONS));
                case "evaluate" -> evaluate(new CliArgs(rest, EVALUATE_OPTIONS));
                default -> throw new CliArgs.UsageException("unknown command " + args[0]);
            };
        } catch (CliArgs.UsageException | IllegalArgumentException e) {
            printer.error(e.getMessage());
            printer.error("usage: train --train FILE [--test FILE] [--kernels a,b] [--search grid|random] [--trials N]"
                    + " [--folds K] --registry DIR|s3://BUCKET [--promote never|always|if-better]");
            printer.error("       evaluate --model DIR|s3://BUCKET[@VERSION] --test FILE [--name MODEL]");
            return 2;
        } catch (InvalidDatasetException e) {
            printer.error(e.reason().code() + ": " + e.getMessage());
            return 1;
        } catch (TrainingFailedException e) {
            printer.error(e.code() + ": " + e.getMessage());
            return 1;
        } catch (ModelNotFoundException | IOException e) {
            printer.error(e.getMessage());
            return 1;
        }
    }

    private int train(CliArgs args) {
        TrainingRequest request = new TrainingRequest(
                args.get("model"),
                new FileDataset(args.required("train")),
                args.get("test") == null ? null : new FileDataset(args.get("test")),
                args.decimal("test-fraction"),
                args.get("kernels") == null
                        ? null
                        : Arrays.stream(args.get("kernels").split(","))
                                .map(String::trim)
                                .filter(s -> !s.isEmpty())
                                .toList(),
                args.get("search"),
                args.integer("trials"),
                args.integer("folds"),
                args.get("metric"),
                args.longValue("time-budget"),
                args.longValue("seed"),
                null,
                args.get("promote"),
                args.decimal("margin"));
        ResolvedTraining training = request.resolve(TrainingDefaults.standard());
        ModelRegistry registry = ModelRegistries.open(args.required("registry"), s3Settings(args));
        int parallelism = args.integer("parallelism") == null
                ? Runtime.getRuntime().availableProcessors()
                : args.integer("parallelism");
        printer.progress(
                "training %s: %s search over %s, %d trials max, %d folds, %d parallel",
                training.model(),
                training.search().strategy().id(),
                training.search().kernels(),
                training.search().maxTrials(),
                training.search().folds(),
                parallelism);
        TrainingResult result = new TrainingRun(registry, new LocalTrialExecutor(parallelism), Clock.systemUTC())
                .run(null, training, new ProgressPrinter(printer), () -> false);
        TrialResult best = result.best();
        printer.progress("leaderboard (best first):");
        for (TrialResult trial : result.search().leaderboard()) {
            printer.progress(
                    "  #%-3d %-11s %-9s %s %s%s",
                    trial.number(),
                    trial.kernel(),
                    trial.status(),
                    trial.score() == null ? "   -  " : String.format(Locale.ROOT, "%.4f", trial.score()),
                    trial.params(),
                    trial.detail() == null ? "" : " (" + trial.detail() + ")");
        }
        printer.progress(
                "published %s %s; held-out accuracy %.4f macro-F1 %.4f; %s",
                training.model(),
                result.version(),
                result.heldOut().accuracy(),
                result.heldOut().macroF1(),
                result.promotion().reason());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kernel", best.kernel());
        out.put("params", best.params());
        out.put("cv_macro_f1", best.macroF1());
        out.put("test_accuracy", result.heldOut().accuracy());
        out.put("test_macro_f1", result.heldOut().macroF1());
        out.put("trials", result.search().leaderboard().size());
        out.put(
                "trials_completed",
                result.search().leaderboard().stream()
                        .filter(TrialResult::eligible)
                        .count());
        out.put("seconds", result.seconds());
        out.put("version", result.version());
        out.put("model", training.model());
        out.put("search_seconds", result.search().elapsed().toMillis() / 1000.0);
        out.put("train_docs", result.dataset().trainSize());
        out.put("test_docs", result.dataset().testSize());
        out.put("promoted", result.promotion().promoted());
        printer.result(out);
        return 0;
    }

    private int evaluate(CliArgs args) throws IOException {
        String model = args.required("model");
        List<LabelledText> test = new DatasetLoader()
                .load(new FileDataset(args.required("test")).open()).rows().stream()
                        .map(TrainingCli::text)
                        .toList();
        LoadedModel loaded = load(model, args.get("name") == null ? "mailroom-text" : args.get("name"), args);
        printer.progress(
                "evaluating %s %s (%s) on %d documents",
                loaded.manifest().name(),
                loaded.manifest().version(),
                loaded.manifest().kernel(),
                test.size());
        Evaluation.of(loaded, test.subList(0, Math.min(50, test.size()))); // warm-up
        long start = System.nanoTime();
        Evaluation evaluation = Evaluation.of(loaded, test);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> perClass = new LinkedHashMap<>();
        evaluation.perClass().forEach((label, m) -> perClass.put(label.code(), m.f1()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", loaded.manifest().name());
        out.put("version", loaded.manifest().version());
        out.put("kernel", loaded.manifest().kernel());
        out.put("documents", test.size());
        out.put("accuracy", evaluation.accuracy());
        out.put("macro_f1", evaluation.macroF1());
        out.put("per_class_f1", perClass);
        out.put("docs_per_second", seconds > 0 ? test.size() / seconds : null);
        printer.result(out);
        return 0;
    }

    private LoadedModel load(String model, String name, CliArgs args) throws IOException {
        String location = model;
        String version = null;
        int at = model.lastIndexOf('@');
        if (at > 0) {
            location = model.substring(0, at);
            version = model.substring(at + 1);
        }
        Path asPath = location.contains("://")
                ? null
                : Path.of(location.startsWith("file:") ? location.substring(5) : location);
        if (asPath != null && Files.isRegularFile(asPath.resolve("manifest.json"))) {
            return ModelLoader.load(asPath); // a package directory
        }
        ModelRegistry registry = ModelRegistries.open(location, s3Settings(args));
        if (version == null) {
            List<String> versions = registry.versions(name);
            version = registry.production(name)
                    .orElseGet(() -> versions.isEmpty() ? null : versions.get(versions.size() - 1));
            if (version == null) {
                throw new ModelNotFoundException(name, "(any) in " + registry.location());
            }
        }
        return ModelLoader.load(registry.fetch(name, version));
    }

    private Map<String, String> s3Settings(CliArgs args) {
        Map<String, String> settings = new HashMap<>();
        put(settings, ModelRegistries.ENDPOINT, args.get("s3-endpoint"), env.get("MAILROOM_S3_ENDPOINT"));
        put(settings, ModelRegistries.REGION, args.get("s3-region"), env.get("MAILROOM_S3_REGION"));
        put(
                settings,
                ModelRegistries.PATH_STYLE,
                args.get("s3-path-style-access"),
                env.get("MAILROOM_S3_PATH_STYLE_ACCESS"));
        return settings;
    }

    private static void put(Map<String, String> settings, String key, String flag, String envValue) {
        String value = flag != null ? flag : envValue;
        if (value != null && !value.isBlank()) {
            settings.put(key, value);
        }
    }

    private static LabelledText text(DatasetRow row) {
        return new LabelledText(row.text(), row.label());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Prints phases and every finished trial. */
    private static final class ProgressPrinter implements TrainingListener {
        private final CliPrinter printer;

        ProgressPrinter(CliPrinter printer) {
            this.printer = printer;
        }

        @Override
        public void phase(String phase) {
            printer.progress("[%s]", phase);
        }

        @Override
        public void dataset(DatasetSummary summary) {
            printer.progress(
                    "read %d rows from %s: %d for training, %d held out, labels %s",
                    summary.rowsRead(),
                    summary.source(),
                    summary.trainSize(),
                    summary.testSize(),
                    summary.labelCounts());
        }

        @Override
        public void search(SearchProgress progress) {
            if (progress.trialsDone() == 0) {
                return;
            }
            TrialResult best = progress.best();
            printer.progress(
                    "trial %d/%d done; best so far %s %s; ETA %ss",
                    progress.trialsDone(),
                    progress.trialsTotal(),
                    best == null ? "-" : best.kernel(),
                    best == null ? "-" : String.format(Locale.ROOT, "%.4f", best.score()),
                    progress.eta() == null ? "?" : progress.eta().toSeconds());
        }
    }
}
