package dev.mailroom.localstack.demo;

import dev.mailroom.contracts.DocumentClassified;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.EventFormatException;
import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows the outcome and rejected topics (read_committed, from their current end) on a background
 * thread and hands every decoded outcome to a listener, as a department or an operator would see them.
 */
public final class OutcomeWatcher implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final EventCodec codec = new EventCodec();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final List<String> undecodable = new CopyOnWriteArrayList<>();
    private final Consumer<Outcome> listener;
    private final Thread thread;
    private volatile boolean running = true;

    private OutcomeWatcher(String bootstrapServers, Consumer<Outcome> listener) {
        this.listener = listener;
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "mailroom-local-stack-watcher"),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (Topic topic : List.of(Topic.CLASSIFIED, Topic.REJECTED)) {
            consumer.partitionsFor(topic.defaultName(), Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the start now, before anything is fed
        this.thread = new Thread(this::poll, "outcome-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts following both topics from their current end. */
    public static OutcomeWatcher fromNow(String bootstrapServers, Consumer<Outcome> listener) {
        return new OutcomeWatcher(bootstrapServers, listener);
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    decode(record).ifPresent(outcome -> {
                        outcomes.add(outcome);
                        listener.accept(outcome);
                    });
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private Optional<Outcome> decode(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(Schema.HEADER);
        String schema = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        try {
            if (record.topic().equals(Topic.CLASSIFIED.defaultName())) {
                DocumentClassified classified = schema == null
                        ? codec.decode(record.value(), DocumentClassified.class)
                        : codec.decode(schema, record.value(), DocumentClassified.class);
                return Optional.of(Outcome.of(classified));
            }
            DocumentRejected rejected = schema == null
                    ? codec.decode(record.value(), DocumentRejected.class)
                    : codec.decode(schema, record.value(), DocumentRejected.class);
            return Optional.of(Outcome.of(rejected));
        } catch (EventFormatException e) {
            undecodable.add(record.topic() + "@" + record.partition() + ":" + record.offset() + " " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Every outcome seen so far, in arrival order. */
    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Records on the two topics that did not decode (a contract violation somewhere). */
    public List<String> undecodable() {
        return List.copyOf(undecodable);
    }

    /**
     * Waits until {@code done} holds for the outcomes seen, or {@code timeout} passes.
     *
     * @return whether {@code done} held
     */
    public boolean await(Predicate<List<Outcome>> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(outcomes())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TrainingClient.pause(Duration.ofMillis(200));
        }
        return true;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
