package dev.mailroom.ingest.storage;

import dev.mailroom.contracts.ContentRefs;
import dev.mailroom.ingest.pipeline.DeliveryException;
import dev.mailroom.ingest.pipeline.RawContent;
import dev.mailroom.ingest.pipeline.RawStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** Stores raw bytes with a synchronous PUT: when {@link #put} returns, S3 has them. */
public final class S3RawStore implements RawStore {

    private final S3Client s3;
    private final String bucket;

    /** A store writing to {@code bucket} through {@code s3}. */
    public S3RawStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public String put(Instant receivedAt, UUID documentId, RawContent content, String sha256) {
        String key = ContentRefs.rawKey(receivedAt, documentId);
        PutObjectRequest.Builder request = PutObjectRequest.builder()
                .bucket(bucket)
                .key(key)
                .contentLength(content.size())
                .contentType("application/octet-stream");
        if (sha256 != null) {
            request.metadata(Map.of("sha256", sha256));
        }
        // a fresh stream per attempt, so the SDK's retries resend the whole body
        RequestBody body = RequestBody.fromContentProvider(
                () -> open(content, documentId), content.size(), "application/octet-stream");
        try {
            s3.putObject(request.build(), body);
        } catch (SdkException e) {
            throw new DeliveryException("S3 did not store " + key + ": " + e.getMessage(), e);
        }
        return ContentRefs.rawRef(bucket, receivedAt, documentId);
    }

    private static InputStream open(RawContent content, UUID documentId) {
        try {
            return content.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content of " + documentId, e);
        }
    }
}
