package dev.mailroom.model.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.mailroom.model.LabelledText;
import dev.mailroom.model.features.FeatureVector;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * The parameters behind MLP explanations and the sparse forward pass are read the right way round: they reproduce
 * the network's own output.
 */
class MlpExplanationTest {

    @Test
    void extractedParametersReproduceTheNetworksProbabilities() {
        MlpKernel.MlpModel model = (MlpKernel.MlpModel) KernelTest.trained(Kernel.MLP);

        for (LabelledText doc : KernelTest.TEST.subList(0, 25)) {
            FeatureVector v = model.pipeline().transform(doc.text());
            double[] expected = model.probabilities(Collections.nCopies(MlpKernel.SPARSE_FORWARD_MAX_BATCH + 1, v))[0];
            double[] reconstructed = VectorModel.softmax(model.logits(v), 1.0);
            for (int l = 0; l < expected.length; l++) {
                assertThat(reconstructed[l]).as(doc.text()).isCloseTo(expected[l], offset(1e-4));
            }
        }
    }
}
