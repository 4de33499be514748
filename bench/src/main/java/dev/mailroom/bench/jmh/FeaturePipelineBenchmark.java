package dev.mailroom.bench.jmh;

import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.features.FeaturePipeline;
import dev.mailroom.model.features.FeatureVector;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Documents per second through the shared feature pipeline (normalise, n-grams, TF-IDF), per thread. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class FeaturePipelineBenchmark {

    private List<String> texts;
    private FeaturePipeline pipeline;
    private int next;

    @Setup
    public void fit() {
        texts = Corpus.texts(2000, 42);
        pipeline = FeaturePipeline.fit(FeatureConfig.defaults(), texts);
    }

    @Benchmark
    public FeatureVector transform() {
        next = (next + 1) % texts.size();
        return pipeline.transform(texts.get(next));
    }
}
