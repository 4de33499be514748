package dev.mailroom.bench.jmh;

import dev.mailroom.model.LabelledText;
import dev.mailroom.sampledata.SampleDocument;
import dev.mailroom.sampledata.SampleGenerator;
import java.util.List;

/** The benchmark corpus: documents from the sample-data generator, fixed seed, so runs compare. */
final class Corpus {

    private Corpus() {}

    static List<LabelledText> labelled(int count, long seed) {
        return new SampleGenerator(seed)
                .generate(count).stream()
                        .map(d -> new LabelledText(d.text(), d.label()))
                        .toList();
    }

    static List<String> texts(int count, long seed) {
        return new SampleGenerator(seed)
                .generate(count).stream().map(SampleDocument::text).toList();
    }
}
