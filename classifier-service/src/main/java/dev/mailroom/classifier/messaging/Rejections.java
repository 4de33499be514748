package dev.mailroom.classifier.messaging;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.EventFormatException;
import dev.mailroom.contracts.OriginalRecord;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Stage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds the {@code document.rejected.v1} record of a consumed record the classifier gives up on. */
final class Rejections {

    private static final int MAX_DETAIL = 2000;

    private final EventCodec codec;
    private final String rejectedTopic;
    private final Clock clock;

    Rejections(EventCodec codec, String rejectedTopic, Clock clock) {
        this.codec = codec;
        this.rejectedTopic = rejectedTopic;
        this.clock = clock;
    }

    /** The rejected record for {@code record}, with its document id, source and content ref when it decodes. */
    ProducerRecord<String, byte[]> of(ConsumerRecord<String, byte[]> record, Throwable failure) {
        DocumentRouted routed = null;
        try {
            routed = record.value() == null ? null : codec.decode(record.value(), DocumentRouted.class);
        } catch (RuntimeException undecodable) {
            // the rejection then carries the original bytes only
        }
        return of(record, routed, failure);
    }

    /** The rejected record for {@code record}; {@code routed} is its decoded value when decoding worked. */
    ProducerRecord<String, byte[]> of(ConsumerRecord<String, byte[]> record, DocumentRouted routed, Throwable failure) {
        byte[] value = record.value() == null ? new byte[0] : record.value();
        DocumentRejected rejected = new DocumentRejected(
                routed == null ? null : routed.documentId(),
                Stage.CLASSIFIER,
                reason(failure),
                detail(record, failure),
                clock.instant(),
                null,
                routed == null ? null : routed.contentRef(),
                routed == null ? null : routed.source(),
                OriginalRecord.of(record.topic(), value));
        String key = routed != null ? routed.documentId().toString() : record.key();
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(rejectedTopic, key, codec.encode(rejected));
        out.headers().add(Schema.HEADER, Schema.DOCUMENT_REJECTED.id().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    static RejectReason reason(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RejectionException rejection) {
            return rejection.reason();
        }
        if (cause instanceof EventFormatException format) {
            return format.reason();
        }
        return RejectReason.CLASSIFICATION_FAILED;
    }

    private static String detail(ConsumerRecord<String, byte[]> record, Throwable failure) {
        Throwable cause = unwrap(failure);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof EventFormatException format && format.field() != null) {
            message = "field '" + format.field() + "': " + message;
        }
        String detail = message + " (" + record.topic() + "-" + record.partition() + "@" + record.offset() + ")";
        return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
    }

    /** Spring wraps listener exceptions; the reason lives in the first of ours. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof RejectionException || t instanceof EventFormatException) {
                return t;
            }
            if (t.getCause() == null || t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root && isWrapper(root)) {
            root = root.getCause();
        }
        return root;
    }

    private static boolean isWrapper(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("org.springframework.kafka.") || name.startsWith("org.springframework.messaging.");
    }
}
