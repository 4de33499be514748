package dev.mailroom.model.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.contracts.Label;
import dev.mailroom.model.LoadedModel;
import dev.mailroom.model.ModelLoader;
import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.features.FeaturePipeline;
import dev.mailroom.model.internal.Hashing;
import dev.mailroom.model.kernel.Kernel;
import dev.mailroom.model.kernel.TrainedModel;
import dev.mailroom.model.testing.SyntheticDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelPackageTest {

    private static final TrainedModel MODEL = Kernel.LOGISTIC.train(
            SyntheticDocuments.generate(List.of(Label.INVOICE, Label.OFFER), 20, 5),
            Map.of("epochs", 5),
            FeatureConfig.defaults(),
            5);
    private static final Instant CREATED = Instant.parse("2026-11-25T12:00:00Z");

    private final ModelPackage pkg =
            ModelPackage.of(MODEL, "mailroom-text", Map.of("cv", Map.of("macroF1", 0.9)), "abc", 40, "job-7", CREATED);

    @Test
    void manifestDescribesTheModelAndHashesEveryArtifact() {
        ModelManifest m = pkg.manifest();

        assertThat(m.formatVersion()).isEqualTo(1);
        assertThat(m.name()).isEqualTo("mailroom-text");
        assertThat(m.version()).isNull();
        assertThat(m.kernel()).isEqualTo("logistic");
        assertThat(m.hyperparameters()).containsEntry("epochs", 5).containsKeys("learningRate", "minibatchSize");
        assertThat(m.labels()).containsExactly(Label.INVOICE, Label.OFFER);
        assertThat(m.featureConfig()).isEqualTo(FeatureConfig.defaults());
        assertThat(m.libraryVersions()).containsEntry("tribuo", "4.3.2").containsKeys("model-core", "dl4j", "java");
        assertThat(m.artifacts()).containsOnlyKeys(FeaturePipeline.ARTIFACT, "model.tribuo");
        pkg.artifacts().forEach((file, bytes) -> assertThat(m.artifacts()).containsEntry(file, Hashing.sha256(bytes)));
        assertThat(m.createdAt()).isEqualTo(CREATED);
        assertThat(m.trainingJobId()).isEqualTo("job-7");
    }

    @Test
    void manifestJsonRoundTrips() {
        ModelManifest m = pkg.manifest().withVersion("v000003");

        assertThat(ModelManifest.fromJson(m.toJson())).isEqualTo(m);
    }

    @Test
    void directoryRoundTripLoadsTheSameClassifier(@TempDir Path dir) throws Exception {
        pkg.writeTo(dir);

        LoadedModel loaded = ModelLoader.load(dir);

        assertThat(loaded.ref().version()).isEqualTo(LoadedModel.UNPUBLISHED);
        assertThat(loaded.manifest()).isEqualTo(pkg.manifest());
        String text = "invoice number 42, amount due";
        assertThat(loaded.classify(text)).isEqualTo(MODEL.classify(text));
    }

    @Test
    void loaderRefusesTamperedPackages() {
        Map<String, byte[]> artifacts = new HashMap<>(pkg.artifacts());
        byte[] model = artifacts.get("model.tribuo").clone();
        model[10] ^= 1;
        artifacts.put("model.tribuo", model);

        assertThatThrownBy(() -> ModelLoader.load(new ModelPackage(pkg.manifest(), artifacts)))
                .isInstanceOf(ModelIntegrityException.class)
                .hasMessageContaining("artifact model.tribuo does not match its sha256");
    }

    @Test
    void loaderRefusesAPipelineThatDisagreesWithTheManifest() {
        ModelManifest m = pkg.manifest();
        ModelManifest lying = new ModelManifest(
                m.formatVersion(),
                m.name(),
                m.version(),
                m.kernel(),
                m.hyperparameters(),
                m.labels(),
                m.metrics(),
                m.datasetFingerprint(),
                m.datasetSize(),
                FeatureConfig.defaults().withCharNgrams(true),
                m.libraryVersions(),
                m.artifacts(),
                m.createdAt(),
                m.trainingJobId());

        assertThatThrownBy(() -> ModelLoader.load(new ModelPackage(lying, pkg.artifacts())))
                .isInstanceOf(ModelIntegrityException.class)
                .hasMessageContaining("disagrees with the manifest's featureConfig");
    }

    @Test
    void directoryWithoutManifestIsRefused(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("model.tribuo"), new byte[] {1});

        assertThatThrownBy(() -> ModelPackage.readFrom(dir))
                .isInstanceOf(ModelIntegrityException.class)
                .hasMessageContaining("no manifest.json");
    }

    @Test
    void unsupportedFormatIsRefused() {
        String json = new String(pkg.manifest().toJson(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : 1", "\"formatVersion\" : 99");

        assertThatThrownBy(() -> ModelManifest.fromJson(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(ModelIntegrityException.class)
                .hasMessageContaining("unsupported model package format 99");
    }

    @Test
    void fingerprintDependsOnTextsLabelsAndOrder() {
        var a = new dev.mailroom.model.LabelledText("a", Label.OFFER);
        var b = new dev.mailroom.model.LabelledText("b", Label.OFFER);

        assertThat(ModelPackage.fingerprint(List.of(a, b)))
                .isEqualTo(ModelPackage.fingerprint(List.of(a, b)))
                .isNotEqualTo(ModelPackage.fingerprint(List.of(b, a)))
                .hasSize(64);
    }
}
