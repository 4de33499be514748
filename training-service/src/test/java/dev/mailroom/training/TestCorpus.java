package dev.mailroom.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.model.LabelledText;
import dev.mailroom.sampledata.SampleGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Labelled documents from the sample-data generator, balanced over the labels, deterministic per seed. */
public final class TestCorpus {

    private TestCorpus() {}

    /** {@code n} documents from {@link SampleGenerator} with {@code seed}. */
    public static List<LabelledText> generate(int n, long seed) {
        return new SampleGenerator(seed)
                .generate(n).stream()
                        .map(d -> new LabelledText(d.text(), d.label()))
                        .toList();
    }

    /** Writes documents as JSONL with ids. */
    public static Path writeJsonl(Path file, List<LabelledText> docs) {
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        try {
            for (int i = 0; i < docs.size(); i++) {
                out.append(json.writeValueAsString(Map.of(
                                "id",
                                "doc-" + i,
                                "label",
                                docs.get(i).label().code(),
                                "text",
                                docs.get(i).text())))
                        .append('\n');
            }
            return Files.writeString(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
