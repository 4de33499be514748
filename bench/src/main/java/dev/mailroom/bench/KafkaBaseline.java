package dev.mailroom.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The same machine's raw Kafka bound: produce and consume records of the pipeline's size through a scratch topic
 * with the producer and consumer settings of the e2e run. The pipeline makes three produce hops (ingest, router,
 * classifier), so its bound is a third of this rate.
 */
final class KafkaBaseline {

    /** Produce hops a document makes through the pipeline. */
    static final int PIPELINE_HOPS = 3;

    private final Printer printer;

    KafkaBaseline(Printer printer) {
        this.printer = printer;
    }

    /** Parameters of one run. */
    record Settings(String bootstrapServers, int count, int sizeBytes, int partitions) {

        static Settings from(Args args) {
            return new Settings(
                    args.string("bootstrap-servers", "127.0.0.1:9092"),
                    args.integer("count", 100_000),
                    args.integer("size", 2048),
                    args.integer("partitions", 3));
        }
    }

    Map<String, Object> run(Settings settings) throws InterruptedException, ExecutionException {
        String topic = "bench.baseline." + UUID.randomUUID();
        Properties adminProps = new Properties();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        try (Admin admin = Admin.create(adminProps)) {
            admin.createTopics(List.of(new NewTopic(topic, settings.partitions(), (short) 1)))
                    .all()
                    .get();
            try {
                return measure(settings, topic);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    private Map<String, Object> measure(Settings settings, String topic) throws InterruptedException {
        byte[] value = new byte[settings.sizeBytes()];
        Random random = new Random(7);
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) ('a' + random.nextInt(26));
        }
        AtomicLong errors = new AtomicLong();
        printer.line("kafka-baseline: %d records of %d bytes through %s", settings.count(), value.length, topic);
        try (Consumer<String, byte[]> consumer =
                        KafkaClients.consumerAtEnd(settings.bootstrapServers(), List.of(topic));
                Producer<String, byte[]> producer = KafkaClients.producer(settings.bootstrapServers())) {
            long start = System.nanoTime();
            Thread sender = new Thread(
                    () -> {
                        for (int n = 0; n < settings.count(); n++) {
                            producer.send(
                                    new ProducerRecord<>(
                                            topic, UUID.randomUUID().toString(), value),
                                    (m, e) -> {
                                        if (e != null) {
                                            errors.incrementAndGet();
                                        }
                                    });
                        }
                        producer.flush();
                    },
                    "baseline-producer");
            sender.start();
            long received = 0;
            long deadline = start + Duration.ofMinutes(5).toNanos();
            while (received + errors.get() < settings.count() && System.nanoTime() < deadline) {
                received += consumer.poll(Duration.ofMillis(50)).count();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sender.join();
            double rate = received / seconds;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("bench", "kafka-baseline");
            result.put("records", received);
            result.put("size_bytes", value.length);
            result.put("errors", errors.get());
            result.put("seconds", Latencies.round(seconds));
            result.put("records_per_s", Latencies.round(rate));
            result.put("three_hop_bound_docs_per_s", Latencies.round(rate / PIPELINE_HOPS));
            return result;
        }
    }
}
