package dev.mailroom.model.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.mailroom.model.LabelledText;
import dev.mailroom.model.features.FeatureVector;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The weight tables behind linear explanations reproduce the models' own probabilities exactly. */
class LinearWeightsTest {

    @ParameterizedTest
    @EnumSource(names = {"LOGISTIC", "NAIVE_BAYES"})
    void weightTableReproducesTheModelsProbabilities(Kernel kernel) {
        TribuoKernels.TribuoModel model = (TribuoKernels.TribuoModel) KernelTest.trained(kernel);
        LinearWeights weights = model.weights();

        for (LabelledText doc : KernelTest.TEST.subList(0, 25)) {
            FeatureVector v = model.pipeline().transform(doc.text());
            double[] expected = model.probabilities(List.of(v))[0];
            double[] scores = new double[model.labels().size()];
            for (int l = 0; l < scores.length; l++) {
                scores[l] = weights.weight(TribuoKernels.DOCUMENT_FEATURE, l)
                        + (kernel == Kernel.LOGISTIC ? weights.weight("BIAS", l) : 0);
                for (int i = 0; i < v.size(); i++) {
                    scores[l] += v.values()[i] * weights.weight(v.names()[i], l);
                }
            }
            double[] reconstructed = VectorModel.softmax(scores, 1.0);
            for (int l = 0; l < scores.length; l++) {
                assertThat(reconstructed[l]).as(kernel + " " + doc.text()).isCloseTo(expected[l], offset(1e-6));
            }
        }
    }
}
