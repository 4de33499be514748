package dev.mailroom.model.registry;

import java.nio.file.Path;
import java.time.Clock;

/** The model registry in a local directory (the embedded default), same layout as on S3. */
public final class FileSystemModelRegistry extends ObjectStoreModelRegistry {

    /** A registry rooted at {@code root} using the system UTC clock. */
    public FileSystemModelRegistry(Path root) {
        this(root, Clock.systemUTC());
    }

    /** A registry rooted at {@code root}; promotion times come from {@code clock}. */
    public FileSystemModelRegistry(Path root, Clock clock) {
        super(new FileSystemObjectStore(root), clock);
    }
}
