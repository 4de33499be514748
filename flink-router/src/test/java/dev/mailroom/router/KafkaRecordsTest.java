package dev.mailroom.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KafkaRecordsTest {

    @Test
    void deserializerKeepsRawBytesHeaderAndPosition() {
        ConsumerRecord<byte[], byte[]> record =
                new ConsumerRecord<>("in", 3, 42L, null, "{}".getBytes(StandardCharsets.UTF_8));
        record.headers().add(new RecordHeader(Schema.HEADER, "document.ingested.v1".getBytes(StandardCharsets.UTF_8)));

        InboundRecord inbound = deserialize(record);

        assertThat(inbound.topic()).isEqualTo("in");
        assertThat(inbound.partition()).isEqualTo(3);
        assertThat(inbound.offset()).isEqualTo(42L);
        assertThat(inbound.schemaId()).isEqualTo("document.ingested.v1");
        assertThat(inbound.value()).asString(StandardCharsets.UTF_8).isEqualTo("{}");
    }

    @Test
    void deserializerTurnsTombstoneWithoutHeaderIntoAnEmptyRecord() {
        InboundRecord inbound = deserialize(new ConsumerRecord<>("in", 0, 7L, null, null));

        assertThat(inbound.schemaId()).isNull();
        assertThat(inbound.value()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"TEXT, t, document.routed.v1", "SCANNED, s, document.routed.v1", "REJECTED, r, document.rejected.v1"})
    void serializerWritesToTheConfiguredTopicWithKeyAndSchemaHeader(Topic topic, String name, String schemaId) {
        RouterConfig config = RouterConfig.parse(
                new String[] {"--text-topic", "t", "--scanned-topic", "s", "--rejected-topic", "r"}, Map.of());
        byte[] key = "id-1".getBytes(StandardCharsets.UTF_8);
        byte[] value = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

        ProducerRecord<byte[], byte[]> record =
                new OutboundSerializer(config).serialize(new OutboundRecord(topic, "label", key, value), null, 5L);

        assertThat(record.topic()).isEqualTo(name);
        assertThat(record.key()).isEqualTo(key);
        assertThat(record.value()).isEqualTo(value);
        assertThat(record.timestamp()).isEqualTo(5L);
        assertThat(new String(record.headers().lastHeader(Schema.HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(schemaId);
    }

    private static InboundRecord deserialize(ConsumerRecord<byte[], byte[]> record) {
        List<InboundRecord> out = new ArrayList<>();
        new IngestDeserializer().deserialize(record, new Collector<>() {
            @Override
            public void collect(InboundRecord inbound) {
                out.add(inbound);
            }

            @Override
            public void close() {}
        });
        assertThat(out).hasSize(1);
        return out.get(0);
    }
}
