package dev.mailroom.classifier.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * A listener on {@link #TOPIC} that shares the service's container factory and after-rollback
 * processor and fails every delivery of records keyed {@code fail-*}, like an S3 outage would; the first
 * delivery of a record keyed {@code error-*} throws an {@link Error}, as a listener without a net would.
 */
@TestComponent
public class FlakyListener {

    /** The test topic. */
    public static final String TOPIC = "classifier.recovery-test";

    /** Deliveries per key. */
    public final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** Keys processed successfully, in order. */
    public final List<String> processed = new CopyOnWriteArrayList<>();

    /** The listener (and container) id. */
    public static final String ID = "classifier-recovery-test";

    @KafkaListener(id = ID, topics = TOPIC, groupId = "classifier-recovery-test")
    void on(ConsumerRecord<String, byte[]> record) {
        int attempt =
                attempts.computeIfAbsent(record.key(), k -> new AtomicInteger()).incrementAndGet();
        if (record.key().startsWith("error-") && attempt == 1) {
            throw new StackOverflowError("simulated: a listener that lets an Error escape");
        }
        if (record.key().startsWith("fail-")) {
            throw new IllegalStateException("S3 is down");
        }
        processed.add(record.key());
    }
}
