package dev.mailroom.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** About fifty hand-written documents (not generated) for measuring how a model generalises. */
public final class HandmadeSamples {

    /** Classpath location of the JSONL file. */
    public static final String RESOURCE = "/handmade/handmade.jsonl";

    private HandmadeSamples() {}

    /** Loads the hand-made set. */
    public static List<SampleDocument> load() {
        try (InputStream in = HandmadeSamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return JsonlReader.read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
