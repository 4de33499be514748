package dev.mailroom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.mailroom.contracts.Label;
import dev.mailroom.model.eval.Evaluation;
import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.internal.Json;
import dev.mailroom.model.kernel.Kernel;
import dev.mailroom.model.kernel.TrainedModel;
import dev.mailroom.model.pkg.ModelPackage;
import dev.mailroom.model.testing.SyntheticDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compatibility: packages written by an earlier model-core (committed under {@code src/test/resources/golden/}) still
 * load and predict exactly what they predicted then. Regenerate deliberately with {@code
 * -Dmailroom.golden.regenerate=true} when the package format changes on purpose.
 */
class GoldenModelTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static final List<String> TEXTS = List.of(
            "Invoice number 2024-118, amount due 1,250.00 EUR, payment terms net 30.",
            "We are pleased to offer you our price list, quotation valid until March.",
            "I am very disappointed: the product arrived damaged and I demand a refund.",
            "Please reset my password, my account is locked since yesterday.",
            "Team lunch on Friday, and the parking lot is closed.");

    @ParameterizedTest
    @ValueSource(strings = {"logistic", "mlp"})
    void goldenPackageLoadsAndPredictsAsWhenItWasWritten(String kernel) throws Exception {
        LoadedModel model = ModelLoader.load(GOLDEN.resolve(kernel));
        List<Map<String, Object>> expected =
                Json.MAPPER.readValue(GOLDEN.resolve(kernel + ".expected.json").toFile(), new TypeReference<>() {});

        assertThat(model.manifest().kernel()).isEqualTo(kernel);
        assertThat(model.ref().version()).isEqualTo("v000001");
        assertThat(expected).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            Prediction prediction = model.classify(TEXTS.get(i));
            Map<String, Object> want = expected.get(i);
            assertThat(prediction.label().code()).as(TEXTS.get(i)).isEqualTo(want.get("label"));
            // float32 networks may differ in the last bits across CPUs
            assertThat(prediction.confidence()).isCloseTo((Double) want.get("confidence"), offset(1e-5));
            assertThat(prediction.explanation().stream().map(f -> f.feature()).toList())
                    .isEqualTo(want.get("explanation"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mlp"})
    @EnabledIfSystemProperty(named = "mailroom.golden.regenerate", matches = "true")
    void regenerate(String kernelId) throws Exception {
        Kernel kernel = Kernel.fromId(kernelId);
        List<LabelledText> train = SyntheticDocuments.generate(25, 2026);
        TrainedModel trained =
                kernel.train(train, Map.of(), FeatureConfig.defaults().withVocabulary(3, 300), 2026);
        Evaluation heldOut = Evaluation.of(trained, SyntheticDocuments.generate(10, 2027));
        ModelPackage pkg = ModelPackage.of(
                        trained,
                        "golden-" + kernelId,
                        Map.of("heldOut", heldOut.toMap()),
                        ModelPackage.fingerprint(train),
                        train.size(),
                        "golden",
                        Instant.parse("2026-11-25T00:00:00Z"))
                .withVersion("v000001");
        Path dir = GOLDEN.resolve(kernelId);
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        pkg.writeTo(dir);
        LoadedModel loaded = ModelLoader.load(dir);
        List<Map<String, Object>> expected = new ArrayList<>();
        for (String text : TEXTS) {
            Prediction p = loaded.classify(text);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", text);
            row.put("label", p.label().code());
            row.put("confidence", p.confidence());
            row.put(
                    "explanation",
                    p.explanation().stream().map(f -> f.feature()).toList());
            expected.add(row);
        }
        Files.write(GOLDEN.resolve(kernelId + ".expected.json"), Json.write(expected));
        assertThat(loaded.labels()).containsExactly(Label.values());
    }
}
