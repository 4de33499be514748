package dev.mailroom.router;

import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/** Writes an {@link OutboundRecord} to its configured topic, keyed by documentId, with the schema header. */
final class OutboundSerializer implements KafkaRecordSerializationSchema<OutboundRecord> {

    private static final long serialVersionUID = 1L;

    private final EnumMap<Topic, String> topicNames;

    OutboundSerializer(RouterConfig config) {
        topicNames = new EnumMap<>(Topic.class);
        topicNames.put(Topic.TEXT, config.textTopic());
        topicNames.put(Topic.SCANNED, config.scannedTopic());
        topicNames.put(Topic.REJECTED, config.rejectedTopic());
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(OutboundRecord record, KafkaSinkContext context, Long timestamp) {
        String topic = topicNames.get(record.topic());
        if (topic == null) {
            throw new IllegalArgumentException("the router does not write to " + record.topic());
        }
        Schema schema = record.topic().schema();
        List<Header> headers =
                List.of(new RecordHeader(Schema.HEADER, schema.id().getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(topic, null, timestamp, record.key(), record.value(), headers);
    }
}
