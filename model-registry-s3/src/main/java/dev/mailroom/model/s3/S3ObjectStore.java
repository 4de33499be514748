package dev.mailroom.model.s3;

import dev.mailroom.model.registry.ObjectStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Objects in one S3 bucket under a key prefix. {@link #putIfAbsent} checks for the key and then writes with {@code
 * If-None-Match: *}, so servers with conditional writes (AWS S3) refuse a concurrent overwrite too; servers without
 * them rely on the existence check.
 */
public final class S3ObjectStore implements ObjectStore {

    private static final int PRECONDITION_FAILED = 412;
    private static final int CONFLICT = 409;
    private static final int NOT_IMPLEMENTED = 501;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /**
     * A store in {@code bucket} under {@code prefix}.
     *
     * @param s3 the client (not closed by this store)
     * @param bucket bucket name
     * @param prefix key prefix, e.g. {@code ""} (bucket root) or {@code registry/}; a missing trailing slash is added
     */
    public S3ObjectStore(S3Client s3, String bucket, String prefix) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("S3 bucket is empty");
        }
        this.bucket = bucket;
        this.prefix = normalize(prefix);
    }

    static String normalize(String prefix) {
        if (prefix == null) {
            return "";
        }
        String p = prefix.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(
                    s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void put(String key, byte[] content) {
        s3.putObject(b -> b.bucket(bucket).key(prefix + key), RequestBody.fromBytes(content));
    }

    @Override
    public boolean putIfAbsent(String key, byte[] content) {
        if (exists(key)) {
            return false;
        }
        try {
            s3.putObject(b -> b.bucket(bucket).key(prefix + key).ifNoneMatch("*"), RequestBody.fromBytes(content));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == PRECONDITION_FAILED || e.statusCode() == CONFLICT) {
                return false;
            }
            if (e.statusCode() == NOT_IMPLEMENTED) {
                put(key, content);
                return true;
            }
            throw e;
        }
    }

    private boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(prefix + key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<String> list(String keyPrefix) {
        ListObjectsV2Request request = ListObjectsV2Request.builder()
                .bucket(bucket)
                .prefix(prefix + keyPrefix)
                .build();
        List<String> keys = new ArrayList<>();
        for (S3Object object : s3.listObjectsV2Paginator(request).contents()) {
            keys.add(object.key().substring(prefix.length()));
        }
        keys.sort(null);
        return keys;
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(prefix + key));
    }

    @Override
    public String location() {
        return "s3://" + bucket + "/" + prefix;
    }
}
