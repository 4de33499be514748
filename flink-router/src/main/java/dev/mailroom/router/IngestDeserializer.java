package dev.mailroom.router;

import dev.mailroom.contracts.Schema;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Wraps each ingest record as an {@link InboundRecord} without parsing it: parsing errors must become rejects. */
final class IngestDeserializer implements KafkaRecordDeserializationSchema<InboundRecord> {

    private static final long serialVersionUID = 1L;
    private static final byte[] EMPTY = new byte[0];

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<InboundRecord> out) {
        Header header = record.headers().lastHeader(Schema.HEADER);
        String schemaId =
                header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        out.collect(new InboundRecord(
                record.topic(),
                record.partition(),
                record.offset(),
                schemaId,
                record.value() == null ? EMPTY : record.value()));
    }

    @Override
    public TypeInformation<InboundRecord> getProducedType() {
        return TypeInformation.of(InboundRecord.class);
    }
}
