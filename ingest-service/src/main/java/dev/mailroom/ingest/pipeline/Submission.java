package dev.mailroom.ingest.pipeline;

import dev.mailroom.contracts.Source;
import java.util.Objects;

/**
 * One document handed to the pipeline by a channel.
 *
 * @param source channel, sender, subject and file name as the channel knows them
 * @param content the raw bytes
 * @param charsetHint the charset the sender declared (e-mail bodies), or null; a hint only
 * @param maxBytes the size limit of the channel; larger documents are rejected as too large
 */
public record Submission(Source source, RawContent content, String charsetHint, long maxBytes) {

    public Submission {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }
}
