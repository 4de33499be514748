package dev.mailroom.model.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.contracts.Label;
import dev.mailroom.model.LabelledText;
import dev.mailroom.model.LoadedModel;
import dev.mailroom.model.ModelLoader;
import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.kernel.Kernel;
import dev.mailroom.model.kernel.TrainedModel;
import dev.mailroom.model.pkg.ModelIntegrityException;
import dev.mailroom.model.pkg.ModelManifest;
import dev.mailroom.model.pkg.ModelPackage;
import dev.mailroom.model.testing.SyntheticDocuments;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ModelRegistry} implementation must show; subclasses provide the registry and raw access
 * to its objects (to tamper with them). Shipped in model-core's test-jar.
 */
public abstract class ModelRegistryContract {

    protected static final String NAME = "mailroom-text";
    protected static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private static final List<LabelledText> DATA =
            SyntheticDocuments.generate(List.of(Label.INVOICE, Label.COMPLAINT, Label.OFFER), 15, 11);
    private static final TrainedModel MODEL = Kernel.NAIVE_BAYES.train(DATA, Map.of(), FeatureConfig.defaults(), 11);

    /** Models of kernels with different artifact sets, for concurrent publishers (trained on first use). */
    private static volatile List<TrainedModel> mixedKernels;

    private static final int PUBLISHERS = 8;

    /** A clock the test advances. */
    protected final MutableClock clock = new MutableClock(START);

    private ModelRegistry registry;

    /** A fresh, empty registry using {@code clock}. */
    protected abstract ModelRegistry createRegistry(Clock clock) throws Exception;

    /** Raw access to the registry's objects, keys relative to the registry root (e.g. {@code models/x/v000001/...}). */
    protected abstract ObjectStore rawStore();

    @BeforeEach
    void openRegistry() throws Exception {
        registry = createRegistry(clock);
    }

    protected ModelRegistry registry() {
        return registry;
    }

    protected static ModelPackage newPackage(String jobId) {
        return newPackage(MODEL, jobId);
    }

    protected static ModelPackage newPackage(TrainedModel model, String jobId) {
        List<LabelledText> data = List.of(new LabelledText("x", Label.OTHER));
        return ModelPackage.of(
                model,
                NAME,
                Map.of("heldOut", Map.of("macroF1", 0.97)),
                ModelPackage.fingerprint(data),
                45,
                jobId,
                START);
    }

    @Test
    void publishAssignsIncreasingVersionsInCreationOrder() {
        assertThat(registry.versions(NAME)).isEmpty();

        String first = registry.publish(newPackage("job-1"));
        String second = registry.publish(newPackage("job-2"));

        assertThat(first).isEqualTo("v000001");
        assertThat(second).isEqualTo("v000002");
        assertThat(registry.versions(NAME)).containsExactly(first, second);
        assertThat(registry.models()).containsExactly(NAME);
        assertThat(registry.manifest(NAME, second).trainingJobId()).isEqualTo("job-2");
        assertThat(registry.manifest(NAME, second).version()).isEqualTo(second);
    }

    @Test
    void publishedPackageRoundTripsAndLoads() {
        ModelPackage original = newPackage("job-1");
        String version = registry.publish(original);

        ModelPackage fetched = registry.fetch(NAME, version);
        ModelManifest manifest = fetched.manifest();

        assertThat(manifest).isEqualTo(original.manifest().withVersion(version));
        assertThat(fetched.artifacts().keySet()).isEqualTo(original.artifacts().keySet());
        fetched.artifacts().forEach((file, bytes) -> assertThat(bytes)
                .isEqualTo(original.artifacts().get(file)));
        LoadedModel loaded = ModelLoader.load(fetched);
        assertThat(loaded.ref().version()).isEqualTo(version);
        assertThat(loaded.classify("I demand a refund, this is a formal complaint")
                        .label())
                .isEqualTo(Label.COMPLAINT);
    }

    @Test
    void layoutFollowsTheArchitecture() {
        String version = registry.publish(newPackage("job-1"));
        registry.promote(NAME, version, "first");

        assertThat(rawStore().list("models/" + NAME + "/"))
                .contains(
                        "models/mailroom-text/v000001/manifest.json",
                        "models/mailroom-text/v000001/model.tribuo",
                        "models/mailroom-text/v000001/features.json",
                        "models/mailroom-text/aliases/production.json",
                        "models/mailroom-text/aliases/production-history.json");
        String alias = new String(
                rawStore().get("models/mailroom-text/aliases/production.json").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(alias)
                .contains(
                        "\"version\" : \"v000001\"",
                        "\"promotedAt\" : \"2026-11-25T10:00:00Z\"",
                        "\"reason\" : \"first\"");
    }

    @Test
    void existingVersionIsNeverOverwritten() {
        String version = registry.publish(newPackage("job-1"));
        ModelPackage fetched = registry.fetch(NAME, version);

        assertThatThrownBy(() -> registry.publish(fetched))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("v000001 already exists");
        assertThat(rawStore().putIfAbsent("models/mailroom-text/v000001/model.tribuo", new byte[] {1}))
                .isFalse();
        assertThat(registry.fetch(NAME, version).artifacts().get("model.tribuo"))
                .isEqualTo(fetched.artifacts().get("model.tribuo"));
    }

    @Test
    void tamperedArtifactIsRefused() {
        String version = registry.publish(newPackage("job-1"));
        String key = "models/mailroom-text/" + version + "/model.tribuo";
        byte[] bytes = rawStore().get(key).orElseThrow();
        bytes[bytes.length / 2] ^= 0x5a;
        rawStore().put(key, bytes);

        assertThatThrownBy(() -> registry.fetch(NAME, version))
                .isInstanceOf(ModelIntegrityException.class)
                .hasMessageContaining("model mailroom-text v000001: artifact model.tribuo does not match its sha256");
    }

    @Test
    void truncatedArtifactIsRefused() {
        String version = registry.publish(newPackage("job-1"));
        String key = "models/mailroom-text/" + version + "/features.json";
        byte[] bytes = rawStore().get(key).orElseThrow();
        rawStore().put(key, Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> registry.fetch(NAME, version))
                .isInstanceOf(ModelIntegrityException.class)
                .hasMessageContaining("artifact features.json does not match its sha256")
                .hasMessageContaining("truncated or tampered");
    }

    @Test
    void missingArtifactIsRefused() {
        String version = registry.publish(newPackage("job-1"));
        rawStore().delete("models/mailroom-text/" + version + "/model.tribuo");

        assertThatThrownBy(() -> registry.fetch(NAME, version))
                .isInstanceOf(ModelIntegrityException.class)
                .hasMessageContaining("artifact model.tribuo is missing");
    }

    @Test
    void extraArtifactIsRefused() {
        String version = registry.publish(newPackage("job-1"));
        rawStore().put("models/mailroom-text/" + version + "/backdoor.bin", new byte[] {1, 2, 3});

        assertThatThrownBy(() -> registry.fetch(NAME, version))
                .isInstanceOf(ModelIntegrityException.class)
                .hasMessageContaining("artifacts not listed in the manifest: [backdoor.bin]");
    }

    @Test
    void corruptManifestIsRefused() {
        String version = registry.publish(newPackage("job-1"));
        rawStore()
                .put(
                        "models/mailroom-text/" + version + "/manifest.json",
                        "{not json".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> registry.manifest(NAME, version))
                .isInstanceOf(ModelIntegrityException.class)
                .hasMessageContaining("manifest.json is not a valid model manifest");
    }

    @Test
    void unknownVersionIsNotFound() {
        registry.publish(newPackage("job-1"));

        assertThatThrownBy(() -> registry.manifest(NAME, "v000009")).isInstanceOf(ModelNotFoundException.class);
        assertThatThrownBy(() -> registry.fetch("other-model", "v000001")).isInstanceOf(ModelNotFoundException.class);
        assertThatThrownBy(() -> registry.promote(NAME, "v000009", "nope"))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("has no version v000009");
        assertThat(registry.production(NAME)).isEmpty();
    }

    @Test
    void promotionMovesProductionAndIsRecorded() {
        String v1 = registry.publish(newPackage("job-1"));
        String v2 = registry.publish(newPackage("job-2"));

        Promotion first = registry.promote(NAME, v1, "initial");
        clock.advance(Duration.ofMinutes(5));
        Promotion second = registry.promote(NAME, v2, "beats v1 by 0.02 macro-F1");

        assertThat(registry.production(NAME)).contains(v2);
        assertThat(first).isEqualTo(new Promotion(v1, START, "initial"));
        assertThat(second.promotedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(registry.promotions(NAME)).containsExactly(first, second);
    }

    @Test
    void rollbackReturnsToThePreviouslyPromotedVersions() {
        String v1 = registry.publish(newPackage("job-1"));
        String v2 = registry.publish(newPackage("job-2"));
        String v3 = registry.publish(newPackage("job-3"));
        registry.promote(NAME, v1, "initial");
        registry.promote(NAME, v2, "better");
        registry.promote(NAME, v3, "even better");
        clock.advance(Duration.ofHours(1));

        Promotion back = registry.rollback(NAME, "v3 misroutes invoices");

        assertThat(back.version()).isEqualTo(v2);
        assertThat(back.kind()).isEqualTo(Promotion.Kind.ROLLBACK);
        assertThat(back.reason()).isEqualTo("v3 misroutes invoices");
        assertThat(registry.production(NAME)).contains(v2);
        assertThat(registry.rollback(NAME, "again").version()).isEqualTo(v1);
        assertThat(registry.production(NAME)).contains(v1);
        assertThatThrownBy(() -> registry.rollback(NAME, "nothing left"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no earlier promoted version");
        assertThat(registry.promotions(NAME)).hasSize(5);
    }

    @Test
    void rollbackWithoutPromotionsFails() {
        assertThatThrownBy(() -> registry.rollback(NAME, "why"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing was promoted");
    }

    @Test
    void documentsAreStoredListedReplacedAndDeleted() {
        registry.publish(newPackage("job-1"));
        registry.putDocument("jobs/b.json", "{\"id\":\"b\"}".getBytes(StandardCharsets.UTF_8));
        registry.putDocument("jobs/a.json", "{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8));
        registry.putDocument("jobs/a.json", "{\"id\":\"a2\"}".getBytes(StandardCharsets.UTF_8));
        registry.putDocument("other/c.json", new byte[] {1});

        assertThat(registry.listDocuments("jobs/")).containsExactly("jobs/a.json", "jobs/b.json");
        assertThat(registry.listDocuments("")).containsExactly("jobs/a.json", "jobs/b.json", "other/c.json");
        assertThat(new String(registry.getDocument("jobs/a.json").orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":\"a2\"}");
        assertThat(registry.getDocument("jobs/missing.json")).isEmpty();
        registry.deleteDocument("jobs/b.json");
        assertThat(registry.listDocuments("jobs/")).containsExactly("jobs/a.json");
        assertThatThrownBy(() -> registry.putDocument("models/x/y", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.putDocument("jobs/../../etc", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentPublishersOfDifferentKernelsEachGetAWholeLoadableVersion() throws Exception {
        List<TrainedModel> kernels = mixedKernels();
        ExecutorService pool = Executors.newFixedThreadPool(PUBLISHERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < PUBLISHERS; i++) {
                ModelPackage pkg = newPackage(kernels.get(i % kernels.size()), "job-" + i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return registry.publish(pkg);
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            Map<String, String> jobByVersion = new TreeMap<>();
            for (int i = 0; i < PUBLISHERS; i++) {
                jobByVersion.put(futures.get(i).get(120, TimeUnit.SECONDS), "job-" + i);
            }
            long millis = Duration.ofNanos(System.nanoTime() - began).toMillis();

            assertThat(jobByVersion).hasSize(PUBLISHERS);
            assertThat(registry.versions(NAME)).containsExactlyElementsOf(jobByVersion.keySet());
            for (Map.Entry<String, String> entry : jobByVersion.entrySet()) {
                String version = entry.getKey();
                int publisher = Integer.parseInt(entry.getValue().substring("job-".length()));
                TrainedModel expected = kernels.get(publisher % kernels.size());
                ModelPackage fetched = registry.fetch(NAME, version);
                assertThat(fetched.manifest().trainingJobId()).isEqualTo(entry.getValue());
                assertThat(fetched.manifest().kernel())
                        .isEqualTo(expected.kernel().id());
                assertThat(rawStore().list("models/" + NAME + "/" + version + "/"))
                        .map(key -> key.substring(key.lastIndexOf('/') + 1))
                        .containsExactlyInAnyOrderElementsOf(
                                withManifest(expected.artifacts().keySet()));
                assertThat(ModelLoader.load(fetched).ref().version()).isEqualTo(version);
            }
            System.getLogger(getClass().getName())
                    .log(
                            System.Logger.Level.INFO,
                            "{0} concurrent publishers of {1} kernels: versions {2} in {3} ms",
                            PUBLISHERS,
                            kernels.size(),
                            jobByVersion.keySet(),
                            millis);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void claimedVersionWithoutManifestIsInvisibleAndItsNumberIsNotReused() {
        rawStore().put("models/mailroom-text/claims/v000001.json", "{}".getBytes(StandardCharsets.UTF_8));
        rawStore().put("models/mailroom-text/v000001/model.tribuo", new byte[] {1});

        assertThat(registry.versions(NAME)).isEmpty();
        assertThat(registry.models()).isEmpty();
        assertThatThrownBy(() -> registry.manifest(NAME, "v000001")).isInstanceOf(ModelNotFoundException.class);
        assertThatThrownBy(() -> registry.fetch(NAME, "v000001")).isInstanceOf(ModelNotFoundException.class);

        String version = registry.publish(newPackage("job-1"));

        assertThat(version).isEqualTo("v000002");
        assertThat(registry.versions(NAME)).containsExactly("v000002");
    }

    @Test
    void aVersionIsClaimedOnceBeforeItsArtifactsAreWritten() {
        String version = registry.publish(newPackage("job-1"));

        String claimKey = "models/mailroom-text/claims/" + version + ".json";
        assertThat(new String(rawStore().get(claimKey).orElseThrow(), StandardCharsets.UTF_8))
                .contains("\"version\" : \"v000001\"", "\"kernel\" : \"naive-bayes\"", "\"trainingJobId\" : \"job-1\"");
        assertThat(rawStore().putIfAbsent(claimKey, new byte[] {1})).isFalse();
        assertThat(rawStore().list("models/mailroom-text/" + version + "/"))
                .map(key -> key.substring(key.lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("manifest.json", "model.tribuo", "features.json");
    }

    @Test
    void badNamesAreRefused() {
        assertThatThrownBy(() -> registry.versions("../etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.manifest(NAME, "v1/../../x")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<TrainedModel> mixedKernels() {
        List<TrainedModel> models = mixedKernels;
        if (models == null) {
            FeatureConfig features = FeatureConfig.defaults();
            models = List.of(
                    MODEL,
                    Kernel.LINEAR_SVM.train(DATA, Map.of(), features, 12),
                    Kernel.MLP.train(DATA, Map.of("hidden", 8, "epochs", 2), features, 13));
            mixedKernels = models;
        }
        return models;
    }

    private static Set<String> withManifest(Set<String> artifacts) {
        Set<String> files = new TreeSet<>(artifacts);
        files.add(ModelPackage.MANIFEST);
        return files;
    }

    /** A clock that only moves when told. */
    public static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;

        public MutableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        public void advance(Duration duration) {
            now.updateAndGet(i -> i.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
