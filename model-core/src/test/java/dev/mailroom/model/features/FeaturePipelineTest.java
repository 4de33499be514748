package dev.mailroom.model.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeaturePipelineTest {

    private static final List<String> TEXTS = List.of(
            "Invoice number 4711 amount due",
            "Invoice number 4712 amount due now",
            "Purchase order number 99",
            "Hello world");

    @Test
    void vocabularyKeepsTermsWithMinimumDocumentFrequency() {
        FeaturePipeline pipeline = FeaturePipeline.fit(FeatureConfig.defaults(), TEXTS);

        assertThat(pipeline.vocabulary())
                .containsExactly(
                        "0000",
                        "0000 amount",
                        "amount",
                        "amount due",
                        "due",
                        "invoice",
                        "invoice number",
                        "number",
                        "number 0000");
        assertThat(pipeline.documents()).isEqualTo(4);
    }

    @Test
    void maxVocabularySizeKeepsTheMostFrequentTerms() {
        FeaturePipeline pipeline = FeaturePipeline.fit(FeatureConfig.defaults().withVocabulary(1, 2), TEXTS);

        assertThat(pipeline.vocabulary()).containsExactly("0000", "number");
    }

    @Test
    void transformIsUnitLengthTfIdfWithRarerTermsWeighingMore() {
        FeaturePipeline pipeline = FeaturePipeline.fit(FeatureConfig.defaults(), TEXTS);

        FeatureVector v = pipeline.transform("invoice number 4242");

        assertThat(v.names()).containsExactly("0000", "invoice", "invoice number", "number", "number 0000");
        double norm = 0;
        for (double value : v.values()) {
            norm += value * value;
        }
        assertThat(norm).isCloseTo(1.0, offset(1e-9));
        int invoice = List.of(v.names()).indexOf("invoice");
        int number = List.of(v.names()).indexOf("number");
        assertThat(v.values()[invoice]).isGreaterThan(v.values()[number]);
    }

    @Test
    void unknownTextGivesAnEmptyVector() {
        FeaturePipeline pipeline = FeaturePipeline.fit(FeatureConfig.defaults(), TEXTS);

        assertThat(pipeline.transform("zebra giraffe").isEmpty()).isTrue();
        assertThat(pipeline.transform("").isEmpty()).isTrue();
    }

    @Test
    void storedPipelineComputesExactlyTheSameVectors() throws Exception {
        FeaturePipeline pipeline = FeaturePipeline.fit(FeatureConfig.defaults().withCharNgrams(true), TEXTS);

        FeaturePipeline restored = FeaturePipeline.fromBytes(pipeline.toBytes());

        assertThat(restored).isEqualTo(pipeline);
        for (String text : TEXTS) {
            assertThat(restored.transform(text)).isEqualTo(pipeline.transform(text));
        }
    }

    @Test
    void characterNgramsArePrefixedAndPadded() {
        FeaturePipeline pipeline = FeaturePipeline.fit(
                FeatureConfig.defaults().withCharNgrams(true).withVocabulary(1, 1000), TEXTS);

        assertThat(pipeline.vocabulary()).contains("c:#inv", "c:ice#", "c:voice");
    }

    @Test
    void hashingMapsTermsIntoBucketsAndKeepsReadableNames() throws Exception {
        FeaturePipeline pipeline = FeaturePipeline.fit(FeatureConfig.defaults().withHashing(64), TEXTS);

        FeatureVector v = pipeline.transform("invoice number");

        assertThat(pipeline.dimension()).isEqualTo(64);
        assertThat(pipeline.vocabulary()).isEmpty();
        assertThat(Arrays.stream(v.indices()).allMatch(i -> i >= 0 && i < 64)).isTrue();
        assertThat(v.names()).contains("invoice");
        assertThat(FeaturePipeline.fromBytes(pipeline.toBytes()).transform("invoice number"))
                .isEqualTo(v);
    }
}
