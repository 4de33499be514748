package dev.mailroom.deploy.spec;

/**
 * One record-size budget for the whole pipeline, so that no stage produces what the next cannot take: the longest
 * text ingest extracts ({@code mailroom.ingest.extraction.max-text-chars}, 1,000,000 characters, at most 3 UTF-8 bytes
 * each plus the envelope) fits {@link #INGEST_RECORD_BYTES}; the router accepts exactly that ({@code
 * max-record-bytes}); a rejected record embeds its original (base64 at worst, 4/3) and still fits {@link
 * #MAX_MESSAGE_BYTES}, which is every producer's {@code max.request.size} and every topic's {@code max.message.bytes}.
 */
public final class KafkaLimits {

    /** Largest ingest record: 4 MiB. */
    public static final int INGEST_RECORD_BYTES = 4 * 1024 * 1024;

    /** Producers' {@code max.request.size} and the topics' {@code max.message.bytes}: 8 MiB. */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    /** Bytes a record needs beside its text (ids, source, content reference, headers): generous. */
    public static final int ENVELOPE_BYTES = 64 * 1024;

    /** Spring Boot's producer pass-through property for {@code max.request.size}, in environment form. */
    public static final String PRODUCER_MAX_REQUEST_SIZE_VARIABLE = "SPRING_KAFKA_PRODUCER_PROPERTIES_MAX_REQUEST_SIZE";

    private KafkaLimits() {}

    /** The largest ingest record carrying {@code maxTextChars} characters of extracted text. */
    public static long ingestRecordBytes(int maxTextChars) {
        return 3L * maxTextChars + ENVELOPE_BYTES;
    }

    /** The largest rejected record embedding an original of {@code originalBytes}. */
    public static long rejectedRecordBytes(long originalBytes) {
        return (originalBytes + 2) / 3 * 4 + ENVELOPE_BYTES;
    }
}
