package dev.mailroom.router;

/**
 * One record as read from the ingest topic, before any parsing: Flink POJO (a record of simple fields) so
 * that no generic (Kryo) serialisation is needed.
 *
 * @param topic the topic it was read from
 * @param partition its partition
 * @param offset its offset
 * @param schemaId the {@code mailroom-schema} header value, or null when absent
 * @param value the raw value bytes, empty for a tombstone
 */
public record InboundRecord(String topic, int partition, long offset, String schemaId, byte[] value) {}
