package dev.mailroom.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Entry point of {@code bench.jar}: {@code e2e}, {@code kafka-baseline}, {@code rest}, or {@code jmh} followed by
 * JMH's own options. Each command prints progress and ends with one JSON line.
 */
public final class BenchMain {

    private static final String USAGE =
            """
            usage: java -jar bench/target/bench.jar <command> [options]
              e2e             --bootstrap-servers H:P --count N --rate R|0 --size BYTES [--baseline] [--timeout S]
              kafka-baseline  --bootstrap-servers H:P --count N --size BYTES [--partitions P]
              rest            --url URL [--api-key KEY] --concurrency C --rate R|0 --count N [--warmup N] [--size BYTES]
              ocr             [--pages 8] [--warmup 2] [--tessdata DIR]  (run with OMP_THREAD_LIMIT=1)
              plot            --in results.jsonl --out latency.png [--title TEXT]
              jmh             [JMH options, e.g. -f 1 -wi 2 -i 3 FeaturePipeline]
            """;

    private BenchMain() {}

    public static void main(String[] argv) throws Exception {
        Printer printer = Printer.console();
        if (argv.length == 0) {
            printer.line(USAGE);
            System.exit(2);
        }
        List<String> rest = Arrays.asList(argv).subList(1, argv.length);
        switch (argv[0]) {
            case "e2e" -> {
                Args args = Args.parse(rest);
                E2eBench.Settings settings = E2eBench.Settings.from(args);
                Map<String, Object> baseline = null;
                if (args.flag("baseline")) {
                    baseline = new KafkaBaseline(printer)
                            .run(new KafkaBaseline.Settings(
                                    settings.bootstrapServers(),
                                    Math.max(settings.count(), 20_000),
                                    settings.sizeBytes(),
                                    args.integer("partitions", 3)));
                    printer.json(baseline);
                }
                Map<String, Object> result = new E2eBench(printer).run(settings);
                if (baseline != null) {
                    double bound = ((Number) baseline.get("three_hop_bound_docs_per_s")).doubleValue();
                    double pipeline = ((Number) result.get("docs_per_s")).doubleValue();
                    result.put("three_hop_bound_docs_per_s", bound);
                    result.put("ratio_to_three_hop_bound", Latencies.round(pipeline / bound));
                }
                printer.json(result);
            }
            case "kafka-baseline" ->
                printer.json(new KafkaBaseline(printer).run(KafkaBaseline.Settings.from(Args.parse(rest))));
            case "rest" -> printer.json(new RestBench(printer).run(RestBench.Settings.from(Args.parse(rest))));
            case "ocr" -> printer.json(new OcrBench(printer).run(OcrBench.Settings.from(Args.parse(rest))));
            case "plot" -> {
                Args args = Args.parse(rest);
                Path out = Path.of(args.string("out", "latency-vs-load.png"));
                List<LatencyPlot.Point> points = LatencyPlot.read(Path.of(args.string("in", "results.jsonl")));
                LatencyPlot.render(points, args.string("title", "latency percentiles against offered load"), out);
                printer.line("plot: %d points -> %s", points.size(), out);
            }
            case "jmh" -> org.openjdk.jmh.Main.main(rest.toArray(String[]::new));
            default -> {
                printer.line("unknown command '%s'%n%s", argv[0], USAGE);
                System.exit(2);
            }
        }
    }
}
