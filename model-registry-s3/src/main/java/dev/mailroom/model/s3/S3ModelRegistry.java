package dev.mailroom.model.s3;

import dev.mailroom.model.registry.ObjectStoreModelRegistry;
import java.time.Clock;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The model registry in an S3 bucket, same layout as the filesystem registry under {@code <prefix>models/...}. The
 * caller owns the client unless the registry was opened through {@link S3ModelRegistryProvider}; {@link #close()}
 * closes an owned client.
 */
public final class S3ModelRegistry extends ObjectStoreModelRegistry implements AutoCloseable {

    private final S3Client s3;
    private final boolean ownsClient;

    /** A registry in {@code bucket} under {@code prefix} ({@code ""} = bucket root) using the system UTC clock. */
    public S3ModelRegistry(S3Client s3, String bucket, String prefix) {
        this(s3, bucket, prefix, Clock.systemUTC());
    }

    /** A registry in {@code bucket} under {@code prefix}; promotion times come from {@code clock}. */
    public S3ModelRegistry(S3Client s3, String bucket, String prefix, Clock clock) {
        this(s3, bucket, prefix, clock, false);
    }

    S3ModelRegistry(S3Client s3, String bucket, String prefix, Clock clock, boolean ownsClient) {
        super(new S3ObjectStore(s3, bucket, prefix), clock);
        this.s3 = s3;
        this.ownsClient = ownsClient;
    }

    /** Closes the S3 client if this registry created it. */
    @Override
    public void close() {
        if (ownsClient) {
            s3.close();
        }
    }
}
