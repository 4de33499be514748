package dev.mailroom.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.contracts.Label;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlWriterTest {

    @Test
    void writesOneObjectPerLineWithIdLabelCodeAndText() throws Exception {
        SampleDocument doc = SampleDocument.of("a-1", Label.PURCHASE_ORDER, "Line one\n\"quoted\" € 5");
        String line = JsonlWriter.line(doc);
        assertThat(line).doesNotContain("\n");
        JsonNode node = new ObjectMapper().readTree(line);
        assertThat(node.fieldNames()).toIterable().containsExactly("id", "label", "text");
        assertThat(node.get("label").asText()).isEqualTo("purchase_order");
        assertThat(node.get("text").asText()).isEqualTo("Line one\n\"quoted\" € 5");
    }

    @Test
    void roundTripsThroughTheReader(@TempDir Path dir) throws Exception {
        List<SampleDocument> docs = new SampleGenerator(3).generate(50);
        Path file = dir.resolve("sub/samples.jsonl");
        JsonlWriter.write(docs, file);
        assertThat(Files.readAllLines(file)).hasSize(50);
        List<SampleDocument> read = JsonlReader.read(file);
        assertThat(read)
                .extracting(SampleDocument::id)
                .containsExactlyElementsOf(docs.stream().map(SampleDocument::id).toList());
        assertThat(read)
                .extracting(SampleDocument::label)
                .containsExactlyElementsOf(
                        docs.stream().map(SampleDocument::label).toList());
        assertThat(read)
                .extracting(SampleDocument::text)
                .containsExactlyElementsOf(
                        docs.stream().map(SampleDocument::text).toList());
    }

    @Test
    void sameSeedWritesTheSameBytes(@TempDir Path dir) throws Exception {
        JsonlWriter.write(new SampleGenerator(9).generate(140), dir.resolve("a.jsonl"));
        JsonlWriter.write(new SampleGenerator(9).generate(140), dir.resolve("b.jsonl"));
        JsonlWriter.write(new SampleGenerator(10).generate(140), dir.resolve("c.jsonl"));
        assertThat(Files.readAllBytes(dir.resolve("a.jsonl"))).isEqualTo(Files.readAllBytes(dir.resolve("b.jsonl")));
        assertThat(Files.readAllBytes(dir.resolve("a.jsonl"))).isNotEqualTo(Files.readAllBytes(dir.resolve("c.jsonl")));
    }
}
