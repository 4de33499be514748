package dev.mailroom.bench;

import dev.mailroom.contracts.Channel;
import dev.mailroom.contracts.ContentRefs;
import dev.mailroom.contracts.DocumentClassified;
import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Source;
import dev.mailroom.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Pushes generated text documents into the ingest topic of a running stack, at a fixed rate or as fast as possible,
 * and reads the outcome and rejected topics until every document is accounted for. Latency is measured from each
 * document's {@code receivedAt} to the moment its outcome is read (same clock, same machine).
 */
final class E2eBench {

    private final Printer printer;
    private final EventCodec codec = new EventCodec();

    E2eBench(Printer printer) {
        this.printer = printer;
    }

    /** Parameters of one run. */
    record Settings(
            String bootstrapServers,
            int count,
            double rate,
            int sizeBytes,
            String bucket,
            Duration timeout,
            String ingestTopic,
            String classifiedTopic,
            String rejectedTopic) {

        static Settings from(Args args) {
            return new Settings(
                    args.string("bootstrap-servers", "127.0.0.1:9092"),
                    args.integer("count", 10_000),
                    args.decimal("rate", 0),
                    args.integer("size", 2048),
                    args.string("bucket", "mailroom"),
                    args.seconds("timeout", 300),
                    args.string("ingest-topic", Topic.INGEST.defaultName()),
                    args.string("classified-topic", Topic.CLASSIFIED.defaultName()),
                    args.string("rejected-topic", Topic.REJECTED.defaultName()));
        }
    }

    Map<String, Object> run(Settings settings) throws InterruptedException {
        Set<UUID> pending = ConcurrentHashMap.newKeySet();
        Latencies latencies = new Latencies();
        AtomicLong classified = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong sendErrors = new AtomicLong();
        SyntheticText texts = new SyntheticText(42);

        try (Consumer<String, byte[]> consumer = KafkaClients.consumerAtEnd(
                        settings.bootstrapServers(), List.of(settings.classifiedTopic(), settings.rejectedTopic()));
                Producer<String, byte[]> producer = KafkaClients.producer(settings.bootstrapServers())) {
            printer.line(
                    "e2e: %d documents of %d bytes into %s at %s",
                    settings.count(),
                    settings.sizeBytes(),
                    settings.ingestTopic(),
                    settings.rate() > 0 ? settings.rate() + " docs/s" : "full speed");
            AtomicLong sent = new AtomicLong();
            long startNanos = System.nanoTime();
            Thread sender = new Thread(
                    () -> {
                        Pacer pacer = new Pacer(settings.rate());
                        for (int n = 0; n < settings.count(); n++) {
                            pacer.awaitTurn(n);
                            DocumentIngested doc = document(texts, n, settings);
                            pending.add(doc.documentId());
                            ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                                    settings.ingestTopic(), doc.documentId().toString(), codec.encode(doc));
                            record.headers()
                                    .add(
                                            Schema.HEADER,
                                            Schema.DOCUMENT_INGESTED.id().getBytes(StandardCharsets.UTF_8));
                            producer.send(record, (meta, error) -> {
                                if (error != null) {
                                    sendErrors.incrementAndGet();
                                    pending.remove(doc.documentId());
                                }
                            });
                            sent.incrementAndGet();
                        }
                        producer.flush();
                    },
                    "bench-producer");
            sender.start();
            long nextProgress = startNanos;
            long lastOutcomeNanos = startNanos;
            long deadline = startNanos + settings.timeout().toNanos();
            while ((sender.isAlive() || !pending.isEmpty()) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    UUID id = parseId(record.key());
                    if (id == null || !pending.remove(id)) {
                        continue; // not ours (another producer) or already counted
                    }
                    lastOutcomeNanos = System.nanoTime();
                    if (record.topic().equals(settings.classifiedTopic())) {
                        DocumentClassified outcome = codec.decode(record.value(), DocumentClassified.class);
                        latencies.recordMicros(Duration.between(outcome.receivedAt(), Instant.now())
                                        .toNanos()
                                / 1000);
                        classified.incrementAndGet();
                    } else {
                        rejected.incrementAndGet();
                    }
                }
                if (System.nanoTime() >= nextProgress) {
                    printer.line(
                            "  sent %d/%d, classified %d, rejected %d, in flight %d",
                            sent.get(), settings.count(), classified.get(), rejected.get(), pending.size());
                    nextProgress = System.nanoTime() + 2_000_000_000L;
                }
            }
            sender.join(settings.timeout().toMillis());
            double seconds = (lastOutcomeNanos - startNanos) / 1e9;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("bench", "e2e");
            result.put("documents", settings.count());
            result.put("size_bytes", settings.sizeBytes());
            result.put("offered_rate", settings.rate() > 0 ? settings.rate() : "max");
            result.put("classified", classified.get());
            result.put("rejected", rejected.get());
            result.put("missing", pending.size());
            result.put("send_errors", sendErrors.get());
            result.put("seconds", Latencies.round(seconds));
            result.put("docs_per_s", Latencies.round((classified.get() + rejected.get()) / Math.max(seconds, 1e-9)));
            result.putAll(latencies.summary("latency_"));
            return result;
        }
    }

    private static UUID parseId(String key) {
        try {
            return key == null ? null : UUID.fromString(key);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private static DocumentIngested document(SyntheticText texts, long n, Settings settings) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        String text = texts.of(texts.label(n), settings.sizeBytes());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new DocumentIngested(
                id,
                now,
                new Source(Channel.API, "bench@mailroom.dev", "bench " + n, "bench-" + n + ".txt"),
                "text/plain",
                bytes.length,
                sha256(bytes, id),
                ContentRefs.rawRef(settings.bucket(), now, id),
                text,
                true,
                1);
    }

    /** The sha256 of the text salted with the id, so the router's de-duplication never drops a bench document. */
    private static String sha256(byte[] bytes, UUID id) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            digest.update(id.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
