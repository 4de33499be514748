package dev.mailroom.sampledata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.contracts.Label;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code {"id","label","text"}} JSON Lines back into documents (metadata gets neutral defaults). */
public final class JsonlReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlReader() {}

    /** Reads a UTF-8 JSONL file; blank lines are skipped. */
    public static List<SampleDocument> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads UTF-8 JSONL from a stream; {@code source} names it in error messages. */
    public static List<SampleDocument> read(InputStream in, String source) throws IOException {
        List<SampleDocument> docs = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            docs.add(SampleDocument.of(
                    required(node, "id", source, lineNo),
                    Label.fromCode(required(node, "label", source, lineNo)),
                    required(node, "text", source, lineNo)));
        }
        return docs;
    }

    private static String required(JsonNode node, String field, String source, int lineNo) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(source + ":" + lineNo + ": missing string field '" + field + "'");
        }
        return v.asText();
    }
}
