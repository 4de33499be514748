package dev.mailroom.model.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemModelRegistryTest extends ModelRegistryContract {

    @TempDir
    Path root;

    private FileSystemObjectStore store;

    @Override
    protected ModelRegistry createRegistry(Clock clock) {
        store = new FileSystemObjectStore(root);
        return new FileSystemModelRegistry(root, clock);
    }

    @Override
    protected ObjectStore rawStore() {
        return store;
    }

    @Test
    void filesLieUnderTheRootDirectory() {
        registry().publish(newPackage("job-1"));

        assertThat(Files.isRegularFile(root.resolve("models/mailroom-text/v000001/manifest.json")))
                .isTrue();
        assertThat(registry().location()).isEqualTo(root.toUri().toString());
    }

    @Test
    void orphanArtifactsOfACrashedPublishAreSkippedByTheNextVersion() {
        store.put("models/mailroom-text/v000001/model.tribuo", new byte[] {1});

        String version = registry().publish(newPackage("job-1"));

        assertThat(version).isEqualTo("v000002");
        assertThat(registry().versions("mailroom-text")).containsExactly("v000002");
    }

    @Test
    void openedByUriOrPlainPath() {
        registry().publish(newPackage("job-1"));

        assertThat(ModelRegistries.open(root.toUri().toString()).versions("mailroom-text"))
                .containsExactly("v000001");
        assertThat(ModelRegistries.open(root.toString()).versions("mailroom-text"))
                .containsExactly("v000001");
    }
}
