package dev.mailroom.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives {@code POST /api/v1/classifications} with a fixed number of concurrent clients at an offered rate (or
 * closed-loop as fast as possible). Latency counts from each request's scheduled start, so a stalled server shows
 * up in the percentiles instead of silently lowering the offered load.
 */
final class RestBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Printer printer;

    RestBench(Printer printer) {
        this.printer = printer;
    }

    /** Parameters of one run. */
    record Settings(String url, String apiKey, int concurrency, double rate, int count, int warmup, int sizeBytes) {

        static Settings from(Args args) {
            return new Settings(
                    args.string("url", "http://127.0.0.1:8082/api/v1/classifications"),
                    // the local stack's key (role classify); on AWS, a client key of the classifier
                    args.string("api-key", "mailroom-local-key"),
                    args.integer("concurrency", 8),
                    args.decimal("rate", 200),
                    args.integer("count", 6000),
                    args.integer("warmup", 500),
                    args.integer("size", 2048));
        }
    }

    Map<String, Object> run(Settings settings) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        SyntheticText texts = new SyntheticText(11);
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            bodies.add(JSON.writeValueAsBytes(Map.of("text", texts.of(texts.label(i), settings.sizeBytes()))));
        }
        printer.line("rest: warming up with %d requests", settings.warmup());
        drive(client, settings, bodies, settings.warmup(), 0, new Latencies());

        printer.line(
                "rest: %d requests, %d clients, %s to %s",
                settings.count(),
                settings.concurrency(),
                settings.rate() > 0 ? settings.rate() + " req/s" : "closed loop",
                settings.url());
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        long[] outcome = drive(client, settings, bodies, settings.count(), settings.rate(), latencies);
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("bench", "rest");
        result.put("requests", settings.count());
        result.put("concurrency", settings.concurrency());
        result.put("offered_rate", settings.rate() > 0 ? settings.rate() : "max");
        result.put("ok", outcome[0]);
        result.put("errors", outcome[1]);
        result.put("seconds", Latencies.round(seconds));
        result.put("requests_per_s", Latencies.round(outcome[0] / seconds));
        result.putAll(latencies.summary("latency_"));
        return result;
    }

    private static long[] drive(
            HttpClient client, Settings settings, List<byte[]> bodies, int count, double rate, Latencies latencies)
            throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Pacer pacer = new Pacer(rate);
        ExecutorService workers = Executors.newFixedThreadPool(settings.concurrency());
        for (int w = 0; w < settings.concurrency(); w++) {
            workers.submit(() -> {
                long n;
                while ((n = next.getAndIncrement()) < count) {
                    long scheduled = pacer.awaitTurn(n);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url()))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .header("X-Api-Key", settings.apiKey())
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get((int) (n % bodies.size()))))
                            .build();
                    try {
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        latencies.recordMicros((System.nanoTime() - scheduled) / 1000);
                        (response.statusCode() == 200 ? ok : errors).incrementAndGet();
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.HOURS);
        return new long[] {ok.get(), errors.get()};
    }
}
