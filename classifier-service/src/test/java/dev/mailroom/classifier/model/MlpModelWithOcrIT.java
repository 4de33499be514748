package dev.mailroom.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classifier.ocr.DocumentTextExtractor;
import dev.mailroom.classifier.ocr.ExtractedText;
import dev.mailroom.classifier.ocr.OcrSettings;
import dev.mailroom.classifier.ocr.PageImages;
import dev.mailroom.classifier.ocr.TesseractOcr;
import dev.mailroom.classifier.testing.TestModels;
import dev.mailroom.contracts.Label;
import dev.mailroom.contracts.Route;
import dev.mailroom.model.LabelledText;
import dev.mailroom.model.LoadedModel;
import dev.mailroom.model.Prediction;
import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.kernel.Kernel;
import dev.mailroom.model.kernel.TrainedModel;
import dev.mailroom.model.pkg.ModelPackage;
import dev.mailroom.model.registry.FileSystemModelRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Deeplearning4j (MLP) model and Tesseract in one JVM: the reason the service binds Tesseract through
 * JNA rather than bytedeco's JavaCPP, which would clash with the JavaCPP DL4J loads.
 */
class MlpModelWithOcrIT {

    @TempDir
    Path root;

    @Test
    void mlpModelClassifiesAnOcrReadScanInTheSameJvm() {
        List<LabelledText> corpus = TestModels.corpus();
        TrainedModel mlp = Kernel.MLP.train(
                corpus, Map.of("hidden", 32, "epochs", 40, "learningRate", 0.01), FeatureConfig.defaults(), 5);
        FileSystemModelRegistry registry = new FileSystemModelRegistry(root);
        String version = registry.publish(ModelPackage.of(
                mlp,
                "mailroom-scanned",
                Map.of(),
                ModelPackage.fingerprint(corpus),
                corpus.size(),
                null,
                Instant.now()));
        registry.promote("mailroom-scanned", version, "test");
        TestModels.publishAndPromote(registry, "mailroom-text", 1);
        ActiveModels models = new ActiveModels();
        new ModelRefresher(registry, models, "mailroom-text", "mailroom-scanned").refresh();
        String tessdata = System.getenv().getOrDefault("TESSDATA_PREFIX", "/usr/share/tesseract-ocr/5/tessdata");
        OcrSettings settings = OcrSettings.defaults(tessdata);
        ExtractedText text;
        try (TesseractOcr ocr = new TesseractOcr(settings)) {
            text = new DocumentTextExtractor(settings, ocr)
                    .extract(PageImages.png(List.of(
                            "INVOICE number 4711",
                            "Amount due: 1250 EUR, please pay the invoice",
                            "Payment within 30 days by bank transfer")));
        }

        LoadedModel scanned = models.forRoute(Route.SCANNED);
        Prediction prediction = scanned.classify(text.text(), 5);

        assertThat(scanned.manifest().kernel()).isEqualTo(Kernel.MLP.id());
        assertThat(scanned.ref().name()).isEqualTo("mailroom-scanned");
        assertThat(text.method()).isEqualTo(ExtractedText.Method.OCR);
        assertThat(prediction.label()).isEqualTo(Label.INVOICE);
        assertThat(prediction.scores().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
}
