package dev.mailroom.ingest.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The raw bytes of a submitted document, readable more than once; its size is known up front. */
public interface RawContent {

    /** Size in bytes. */
    long size();

    /** A new stream over the bytes; the caller closes it. */
    InputStream open() throws IOException;

    /** Content held in memory. */
    static RawContent of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new RawContent() {
            @Override
            public long size() {
                return copy.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }
        };
    }

    /** Content of a file; the size is read once, when this is created. */
    static RawContent of(Path file) throws IOException {
        long size = Files.size(file);
        return new RawContent() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }
}
