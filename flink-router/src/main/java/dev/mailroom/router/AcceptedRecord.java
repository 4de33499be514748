package dev.mailroom.router;

/**
 * A record that passed validation: its de-duplication key, its id, and the original bytes (re-decoded by the
 * routing step, so that only simple types cross Flink's network stack and state).
 *
 * @param sha256 sha256 of the document's raw bytes (the de-duplication key)
 * @param documentId the document id
 * @param topic the topic it was read from
 * @param value the original record value
 */
public record AcceptedRecord(String sha256, String documentId, String topic, byte[] value) {}
