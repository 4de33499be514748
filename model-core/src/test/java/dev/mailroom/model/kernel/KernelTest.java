package dev.mailroom.model.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.mailroom.contracts.Feature;
import dev.mailroom.contracts.Label;
import dev.mailroom.model.LabelledText;
import dev.mailroom.model.Prediction;
import dev.mailroom.model.eval.Evaluation;
import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.testing.SyntheticDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KernelTest {

    static final List<LabelledText> TRAIN = SyntheticDocuments.generate(40, 1);
    static final List<LabelledText> TEST = SyntheticDocuments.generate(15, 2);

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void learnsSyntheticDocumentsAndExplainsWithPresentFeatures(Kernel kernel) throws Exception {
        TrainedModel model = trained(kernel);

        Evaluation evaluation = Evaluation.of(model, TEST);
        assertThat(evaluation.macroF1()).as(kernel.id() + " " + evaluation).isGreaterThan(0.9);
        assertThat(model.labels()).containsExactly(Label.values());

        String text = "Please find the invoice number 123 attached, amount due within 30 days.";
        Prediction prediction = model.classify(text);
        assertThat(prediction.label()).isEqualTo(Label.INVOICE);
        assertThat(prediction.scores().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, offset(1e-6));
        assertThat(prediction.confidence()).isEqualTo(prediction.scores().get(Label.INVOICE));
        assertThat(prediction.explanation()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        List<String> terms = model.pipeline().terms(text);
        assertThat(prediction.explanation()).extracting(Feature::feature).allMatch(terms::contains);
        assertThat(prediction.explanation()).extracting(Feature::weight).allMatch(w -> w > 0);

        TrainedModel restored = kernel.restore(model.artifacts(), model.labels(), model.hyperparameters());
        for (LabelledText doc : TEST.subList(0, 20)) {
            assertThat(restored.classify(doc.text())).isEqualTo(model.classify(doc.text()));
        }
    }

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void concurrentClassificationGivesTheSameResultsAsSequential(Kernel kernel) throws Exception {
        TrainedModel model = trained(kernel);
        List<String> texts = TEST.stream().map(LabelledText::text).limit(40).toList();
        List<Prediction> sequential = texts.stream().map(model::classify).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Prediction>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(
                        pool.submit(() -> texts.stream().map(model::classify).toList()));
            }
            for (Future<List<Prediction>> future : futures) {
                assertThat(future.get(60, TimeUnit.SECONDS)).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void sameSeedGivesTheSamePredictions(Kernel kernel) {
        List<LabelledText> small = TRAIN.subList(0, 120);
        TrainedModel first = kernel.train(small, fast(kernel), FeatureConfig.defaults(), 7);
        TrainedModel second = kernel.train(small, fast(kernel), FeatureConfig.defaults(), 7);

        List<String> texts = TEST.stream().map(LabelledText::text).toList();
        assertThat(second.classifyAll(texts, 0)).isEqualTo(first.classifyAll(texts, 0));
    }

    @Test
    void emptyOrUnknownTextStillGetsAProbabilityDistribution() {
        TrainedModel model = Kernel.LOGISTIC.train(TRAIN, Map.of(), FeatureConfig.defaults(), 1);

        Prediction prediction = model.classify("");

        assertThat(prediction.scores()).hasSize(7);
        assertThat(prediction.explanation()).isEmpty();
        assertThat(model.classify("zzzz qqqq").scores().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, offset(1e-6));
    }

    @Test
    void trainingNeedsTwoLabels() {
        List<LabelledText> one =
                TRAIN.stream().filter(d -> d.label() == Label.OFFER).toList();

        assertThatThrownBy(() -> Kernel.LOGISTIC.train(one, Map.of(), FeatureConfig.defaults(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 labels");
    }

    @Test
    void modelOfASubsetOfLabelsOnlyPredictsThoseLabels() {
        List<LabelledText> two = SyntheticDocuments.generate(List.of(Label.COMPLAINT, Label.OFFER), 30, 3);

        TrainedModel model = Kernel.NAIVE_BAYES.train(two, Map.of(), FeatureConfig.defaults(), 1);

        assertThat(model.labels()).containsExactly(Label.OFFER, Label.COMPLAINT);
        assertThat(model.classify("i demand a refund, formal complaint").label())
                .isEqualTo(Label.COMPLAINT);
    }

    private static final Map<Kernel, TrainedModel> MODELS = new ConcurrentHashMap<>();

    /** One model per kernel, trained once for the whole class. */
    static TrainedModel trained(Kernel kernel) {
        return MODELS.computeIfAbsent(kernel, k -> k.train(TRAIN, fast(k), FeatureConfig.defaults(), 42));
    }

    /** Small, fast settings for tests. */
    static Map<String, Object> fast(Kernel kernel) {
        return switch (kernel) {
            case XGBOOST -> Map.of("trees", 20, "maxDepth", 4);
            case MLP -> Map.of("epochs", 6, "hidden", 32, "batchSize", 64, "learningRate", 0.01);
            default -> Map.of();
        };
    }
}
