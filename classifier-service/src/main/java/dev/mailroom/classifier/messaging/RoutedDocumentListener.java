package dev.mailroom.classifier.messaging;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.classifier.pipeline.ClassificationMetrics;
import dev.mailroom.classifier.pipeline.ClassificationPipeline;
import dev.mailroom.contracts.DocumentClassified;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.EventFormatException;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Topic;
import dev.mailroom.service.kafka.TopicsProperties;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Consumes routed documents and produces their outcome inside the container's Kafka transaction: the
 * outcome (or the rejection) and the consumed offset commit together, so a crash neither loses nor
 * duplicates an outcome for a {@code read_committed} consumer. A record that can never be classified
 * (undecodable, bad content reference, unreadable) is rejected right here in the same transaction, not
 * retried; anything else is thrown and retried by the after-rollback processor. An {@link Error} never
 * leaves a listener method (it would stop the container and the whole route): the document is rejected.
 */
@Component
class RoutedDocumentListener {

    static final String TEXT_LISTENER = "classifier-text";
    static final String SCANNED_LISTENER = "classifier-scanned";

    private static final Logger log = LoggerFactory.getLogger(RoutedDocumentListener.class);

    private final ClassificationPipeline pipeline;
    private final KafkaTemplate<String, byte[]> template;
    private final EventCodec codec;
    private final Rejections rejections;
    private final ClassificationMetrics metrics;
    private final String classifiedTopic;
    private final MessagingProperties properties;

    RoutedDocumentListener(
            ClassificationPipeline pipeline,
            KafkaTemplate<String, byte[]> template,
            EventCodec codec,
            Rejections rejections,
            ClassificationMetrics metrics,
            TopicsProperties topics,
            MessagingProperties properties) {
        this.pipeline = pipeline;
        this.template = template;
        this.codec = codec;
        this.rejections = rejections;
        this.metrics = metrics;
        this.classifiedTopic = topics.classified();
        this.properties = properties;
    }

    /**
     * The text route consumes in batches: one Kafka transaction per poll (up to {@code
     * mailroom.classifier.kafka.text-batch-size} records) instead of one per record, which is what bounds the
     * throughput of a transactional consumer (a commit costs milliseconds, a text classification a fraction of
     * one). A failure of one record never rolls the batch back: it is retried in place with the configured
     * back-off and then rejected as {@code classification-failed}; only a failure of Kafka itself (the send or the
     * commit) aborts the transaction, and the container then redelivers the whole batch.
     */
    @KafkaListener(
            id = TEXT_LISTENER,
            topics = "${mailroom.topics.text:" + Topic.Names.TEXT + "}",
            concurrency = "${mailroom.classifier.kafka.text-concurrency}",
            containerFactory = "textBatchListenerContainerFactory",
            batch = "true",
            properties = "max.poll.records=${mailroom.classifier.kafka.text-batch-size}",
            autoStartup = "false")
    void onText(List<ConsumerRecord<String, byte[]>> records) throws InterruptedException {
        for (ConsumerRecord<String, byte[]> record : records) {
            handleWithRetries(record);
        }
    }

    @KafkaListener(
            id = SCANNED_LISTENER,
            topics = "${mailroom.topics.scanned:" + Topic.Names.SCANNED + "}",
            concurrency = "${mailroom.classifier.kafka.scanned-concurrency}",
            autoStartup = "false")
    void onScanned(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    private void handleWithRetries(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                handle(record);
                return;
            } catch (RuntimeException e) {
                if (attempt >= properties.retryAttempts()) {
                    log.warn(
                            "rejecting {}-{}@{} after {} attempts: {}",
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            attempt + 1,
                            e.toString());
                    metrics.rejected(Rejections.reason(e), null);
                    template.send(rejections.of(record, e));
                    return;
                }
                Thread.sleep(properties.retryInterval().toMillis());
            }
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        DocumentRouted routed = null;
        try {
            routed = decode(record);
            DocumentClassified outcome = pipeline.classify(routed);
            ProducerRecord<String, byte[]> out =
                    new ProducerRecord<>(classifiedTopic, outcome.documentId().toString(), codec.encode(outcome));
            out.headers().add(Schema.HEADER, Schema.DOCUMENT_CLASSIFIED.id().getBytes(StandardCharsets.UTF_8));
            template.send(out);
        } catch (RejectionException | EventFormatException e) {
            log.warn(
                    "rejecting {}-{}@{}: {} {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    Rejections.reason(e).code(),
                    e.getMessage());
            metrics.rejected(Rejections.reason(e), routed == null ? null : routed.route());
            template.send(rejections.of(record, routed, e));
        } catch (Error e) {
            // The extractor already turns a parser's Error into an `unreadable` rejection; this is the last net
            // for anything else (the model, a library): a thrown Error would stop the listener container and,
            // with it, the route. The document is rejected, the offset commits with it, the next one is read.
            log.error(
                    "rejecting {}-{}@{} after {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.toString(),
                    e);
            RejectionException rejection =
                    new RejectionException(RejectReason.CLASSIFICATION_FAILED, "the classifier failed with " + e, e);
            metrics.rejected(rejection.reason(), routed == null ? null : routed.route());
            template.send(rejections.of(record, routed, rejection));
        }
    }

    private DocumentRouted decode(ConsumerRecord<String, byte[]> record) {
        Header schema = record.headers().lastHeader(Schema.HEADER);
        byte[] value = record.value() == null ? new byte[0] : record.value();
        if (schema == null) {
            return codec.decode(value, DocumentRouted.class);
        }
        return codec.decode(new String(schema.value(), StandardCharsets.UTF_8), value, DocumentRouted.class);
    }
}
