package dev.mailroom.bench.jmh;

import dev.mailroom.model.LabelledText;
import dev.mailroom.model.Prediction;
import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.kernel.Kernel;
import dev.mailroom.model.kernel.TrainedModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Documents per second per thread for each kernel's full prediction (features, model, probabilities and the top 5
 * explanatory features), as classifier-service calls it. Each kernel is trained with its default hyperparameters
 * on 1,400 generated documents in the setup, which is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PredictionBenchmark {

    @Param({"logistic", "linear-svm", "naive-bayes", "xgboost", "mlp"})
    public String kernel;

    private TrainedModel model;
    private List<String> texts;
    private int next;

    @Setup
    public void train() {
        List<LabelledText> training = Corpus.labelled(1400, 42);
        model = Kernel.fromId(kernel).train(training, Map.of(), FeatureConfig.defaults(), 42);
        texts = Corpus.texts(1000, 7);
    }

    @Benchmark
    public Prediction classify() {
        next = (next + 1) % texts.size();
        return model.classify(texts.get(next));
    }
}
