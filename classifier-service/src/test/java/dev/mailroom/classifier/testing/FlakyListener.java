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
 * processor and fails every delivery of records keyed {@code fail-*}, like an S3 outage would.
 */
@TestComponent
public class FlakyListener {

    /** The test topic. */
    public static final String TOPIC = "classifier.recovery-test";

    /** Deliveries per key. */
    public final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** Keys processed successfully, in order. */
    public final List<String> processed = new CopyOnWriteArrayList<>();

    @KafkaListener(topics = TOPIC, groupId = "classifier-recovery-test")
    void on(ConsumerRecord<String, byte[]> record) {
        attempts.computeIfAbsent(record.key(), k -> new AtomicInteger()).incrementAndGet();
        if (record.key().startsWith("fail-")) {
            throw new IllegalStateException("S3 is down");
        }
        processed.add(record.key());
    }
}
