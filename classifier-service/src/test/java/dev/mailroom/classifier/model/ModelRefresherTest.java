package dev.mailroom.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.classifier.model.ActiveModels.Slot;
import dev.mailroom.classifier.testing.TestModels;
import dev.mailroom.contracts.Label;
import dev.mailroom.contracts.Route;
import dev.mailroom.model.registry.FileSystemModelRegistry;
import dev.mailroom.model.registry.ModelRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refresher against a real filesystem registry with tiny trained models. */
class ModelRefresherTest {

    @TempDir
    Path root;

    ModelRegistry registry;
    ActiveModels models;
    ModelRefresher refresher;
    List<ActiveModels.Swap> swaps;

    @BeforeEach
    void setUp() {
        registry = new FileSystemModelRegistry(root);
        models = new ActiveModels();
        swaps = new ArrayList<>();
        models.onSwap(swaps::add);
        refresher = new ModelRefresher(registry, models, "mailroom-text", "mailroom-scanned");
    }

    @Test
    void nothingPromotedMeansNotReady() {
        refresher.refresh();

        assertThat(models.ready()).isFalse();
        assertThatThrownBy(() -> models.forRoute(Route.TEXT)).isInstanceOf(ModelUnavailableException.class);
    }

    @Test
    void productionVersionIsLoadedAndScansFallBackToTheTextModel() {
        String version = TestModels.publishAndPromote(registry, "mailroom-text", 1);
        List<Runnable> ran = new ArrayList<>();
        models.whenReady(() -> ran.add(() -> {}));

        refresher.refresh();

        assertThat(models.ready()).isTrue();
        assertThat(ran).hasSize(1);
        assertThat(models.forRoute(Route.TEXT).ref().version()).isEqualTo(version);
        assertThat(models.forRoute(Route.SCANNED).ref().name()).isEqualTo("mailroom-text");
        assertThat(models.forRoute(Route.TEXT)
                        .classify("amount due, please pay the invoice by bank transfer")
                        .label())
                .isEqualTo(Label.INVOICE);
    }

    @Test
    void scannedModelServesScansOnceItIsPromoted() {
        TestModels.publishAndPromote(registry, "mailroom-text", 1);
        String scanned = TestModels.publishAndPromote(registry, "mailroom-scanned", 2);

        refresher.refresh();

        assertThat(models.forRoute(Route.SCANNED).ref().name()).isEqualTo("mailroom-scanned");
        assertThat(models.forRoute(Route.SCANNED).ref().version()).isEqualTo(scanned);
        assertThat(models.forRoute(Route.TEXT).ref().name()).isEqualTo("mailroom-text");
    }

    @Test
    void newlyPromotedVersionIsSwappedInAndRollbackSwapsBack() {
        String first = TestModels.publishAndPromote(registry, "mailroom-text", 1);
        refresher.refresh();
        String second = TestModels.publishAndPromote(registry, "mailroom-text", 2);

        refresher.refresh();
        assertThat(models.current(Slot.TEXT).orElseThrow().ref().version()).isEqualTo(second);

        registry.rollback("mailroom-text", "test");
        refresher.refresh();
        assertThat(models.current(Slot.TEXT).orElseThrow().ref().version()).isEqualTo(first);
        assertThat(swaps).extracting(s -> s.current().ref().version()).containsExactly(first, second, first);
    }

    @Test
    void unchangedAliasDoesNotReload() {
        TestModels.publishAndPromote(registry, "mailroom-text", 1);
        refresher.refresh();
        refresher.refresh();
        refresher.refresh();

        assertThat(swaps).hasSize(1);
    }

    @Test
    void tamperedPackageIsRefusedAndTheCurrentModelKeepsServing() throws IOException {
        String good = TestModels.publishAndPromote(registry, "mailroom-text", 1);
        refresher.refresh();
        String bad = registry.publish(TestModels.packaged("mailroom-text", 2));
        tamper(root.resolve("models/mailroom-text").resolve(bad));
        registry.promote("mailroom-text", bad, "test");

        refresher.refresh();
        refresher.refresh();

        assertThat(models.current(Slot.TEXT).orElseThrow().ref().version()).isEqualTo(good);
        assertThat(refresher.refused()).containsExactly("mailroom-text/" + bad);
        assertThat(swaps).hasSize(1);
    }

    /** Flips one byte of the first model artifact (not the manifest). */
    static void tamper(Path versionDir) throws IOException {
        Path artifact;
        try (Stream<Path> files = Files.list(versionDir)) {
            artifact = files.filter(p -> !p.getFileName().toString().equals("manifest.json"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(artifact);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(artifact, bytes);
    }
}
