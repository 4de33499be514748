package dev.mailroom.router;

import dev.mailroom.contracts.Topic;

/**
 * A record ready for the sink: which logical topic, a metric label (the route or the reject reason code), key
 * and encoded value.
 *
 * @param topic the logical output topic; the sink maps it to the configured name
 * @param label route code ({@code text}, {@code scanned}) or reject reason code, for metrics
 * @param key UTF-8 documentId, or null when the record named no readable id
 * @param value UTF-8 JSON of the event
 */
public record OutboundRecord(Topic topic, String label, byte[] key, byte[] value) {}
