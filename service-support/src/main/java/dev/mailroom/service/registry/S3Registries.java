package dev.mailroom.service.registry;

import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.model.s3.S3ModelRegistry;
import software.amazon.awssdk.services.s3.S3Client;

/** Kept apart so that model-registry-s3 is loaded only for {@code s3://} registries. */
final class S3Registries {

    private S3Registries() {}

    static ModelRegistry open(S3Client s3, String bucket, String prefix) {
        // the registry does not own the shared client: the context closes it
        return new S3ModelRegistry(s3, bucket, prefix);
    }
}
