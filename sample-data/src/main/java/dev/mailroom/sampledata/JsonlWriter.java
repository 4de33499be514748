package dev.mailroom.sampledata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes documents as JSON Lines, one {@code {"id","label","text"}} object per line (label = {@code Label.code()}). */
public final class JsonlWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonlWriter() {}

    /** One JSON object, without the line break. */
    public static String line(SampleDocument doc) {
        StringWriter out = new StringWriter(doc.text().length() + 64);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", doc.id());
            g.writeStringField("label", doc.label().code());
            g.writeStringField("text", doc.text());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the documents, each line ending with {@code \n}. */
    public static void write(Iterable<SampleDocument> docs, Writer out) throws IOException {
        for (SampleDocument doc : docs) {
            out.write(line(doc));
            out.write('\n');
        }
        out.flush();
    }

    /** Writes the documents to a UTF-8 file (parent directories are created). */
    public static void write(Iterable<SampleDocument> docs, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(docs, out);
        }
    }
}
