package dev.mailroom.contracts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** The S3 claim-check layout of raw documents: {@code s3://bucket/raw/yyyy/MM/dd/<documentId>}. */
public final class ContentRefs {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private ContentRefs() {}

    /** The object key of a raw document received at {@code receivedAt}. */
    public static String rawKey(Instant receivedAt, UUID documentId) {
        return BucketLayout.RAW + DAY.format(receivedAt) + "/" + documentId;
    }

    /** The {@code s3://} reference of a raw document. */
    public static String rawRef(String bucket, Instant receivedAt, UUID documentId) {
        return "s3://" + bucket + "/" + rawKey(receivedAt, documentId);
    }

    /** Splits {@code s3://bucket/key} into bucket and key; rejects anything else. */
    public static S3Location parse(String contentRef) {
        if (contentRef == null || !contentRef.startsWith("s3://")) {
            throw new IllegalArgumentException("not an s3:// reference: " + contentRef);
        }
        String rest = contentRef.substring("s3://".length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new IllegalArgumentException("s3 reference needs a bucket and a key: " + contentRef);
        }
        String key = rest.substring(slash + 1);
        if (key.contains("..")) {
            throw new IllegalArgumentException("s3 key must not contain '..': " + contentRef);
        }
        return new S3Location(rest.substring(0, slash), key);
    }

    /**
     * A bucket and object key.
     *
     * @param bucket bucket name
     * @param key object key
     */
    public record S3Location(String bucket, String key) {}
}
