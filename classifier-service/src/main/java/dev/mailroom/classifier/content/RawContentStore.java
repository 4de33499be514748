package dev.mailroom.classifier.content;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.contracts.BucketLayout;
import dev.mailroom.contracts.ContentRefs;
import dev.mailroom.contracts.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Reads raw documents by their {@code s3://bucket/key} reference, from the {@code raw/} keys of the configured
 * bucket only: a reference to any other bucket or key (e.g. {@code models/...}), or a malformed one, is refused as
 * {@code invalid-content-ref} before S3 is called, so a crafted event cannot make the service read objects it was
 * never meant to. S3 outages surface as
 * ordinary (retryable) exceptions.
 */
public final class RawContentStore {

    private final S3Client s3;
    private final String bucket;
    private final long maxBytes;

    public RawContentStore(S3Client s3, String bucket, long maxBytes) {
        this.s3 = s3;
        this.bucket = bucket;
        this.maxBytes = maxBytes;
    }

    /** The bytes behind {@code contentRef}. */
    public byte[] fetch(String contentRef) {
        ContentRefs.S3Location location;
        try {
            location = ContentRefs.parse(contentRef);
        } catch (IllegalArgumentException e) {
            throw new RejectionException(RejectReason.INVALID_CONTENT_REF, e.getMessage(), e);
        }
        if (!bucket.equals(location.bucket())) {
            throw new RejectionException(
                    RejectReason.INVALID_CONTENT_REF,
                    "content reference " + contentRef + " is outside the configured bucket '" + bucket + "'");
        }
        if (!location.key().startsWith(BucketLayout.RAW)) {
            throw new RejectionException(
                    RejectReason.INVALID_CONTENT_REF,
                    "content reference " + contentRef + " is outside the raw documents ('" + BucketLayout.RAW
                            + "' keys): the classifier reads nothing else of its bucket");
        }
        try (ResponseInputStream<GetObjectResponse> in =
                s3.getObject(request -> request.bucket(bucket).key(location.key()))) {
            Long length = in.response().contentLength();
            if (length != null && length > maxBytes) {
                throw tooLarge(contentRef, length);
            }
            return readAtMost(in, contentRef);
        } catch (NoSuchKeyException e) {
            throw new RejectionException(
                    RejectReason.INVALID_CONTENT_REF, "no object behind content reference " + contentRef, e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + contentRef, e);
        }
    }

    private byte[] readAtMost(InputStream in, String contentRef) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(contentRef, bytes.length);
        }
        return bytes;
    }

    private RejectionException tooLarge(String contentRef, long length) {
        return new RejectionException(
                RejectReason.TOO_LARGE, contentRef + " has " + length + " bytes, at most " + maxBytes + " are read");
    }
}
