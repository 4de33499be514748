package dev.mailroom.ingest.pipeline;

import java.util.Objects;

/**
 * What the content analyzer found in a document's bytes.
 *
 * @param contentType media type detected from the bytes
 * @param text extracted text, or null when there is no digital text layer
 * @param textLayer true when {@code text} came from a digital layer
 * @param pages page count (1 for single-page formats)
 */
public record Analysis(String contentType, String text, boolean textLayer, int pages) {

    public Analysis {
        Objects.requireNonNull(contentType, "contentType");
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative: " + pages);
        }
    }
}
