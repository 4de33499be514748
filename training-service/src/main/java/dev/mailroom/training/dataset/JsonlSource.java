package dev.mailroom.training.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** JSON Lines, one object per line: {@code {"id": "...", "label": "invoice", "text": "..."}}. */
final class JsonlSource implements DatasetSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    JsonlSource(Path file) {
        this.file = file;
    }

    @Override
    public String description() {
        return file.toString();
    }

    @Override
    public void read(Consumer<SourceRow> sink) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                sink.accept(parse(line, lineNo));
            }
        } catch (IOException e) {
            throw new InvalidDatasetException(
                    InvalidDatasetException.Reason.UNREADABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private SourceRow parse(String line, long lineNo) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidDatasetException(
                    InvalidDatasetException.Reason.MALFORMED,
                    file + " line " + lineNo + " is not JSON: " + e.getOriginalMessage(),
                    e);
        }
        if (!node.isObject() || !node.hasNonNull("label") || !node.hasNonNull("text")) {
            throw new InvalidDatasetException(
                    InvalidDatasetException.Reason.MALFORMED,
                    file + " line " + lineNo + " needs an object with \"label\" and \"text\"");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : "line-" + lineNo;
        return new SourceRow(id, node.get("label").asText(), node.get("text").asText());
    }
}
