package dev.mailroom.ingest.web;

import dev.mailroom.ingest.pipeline.RawContent;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded file as raw content, read from the container's buffer or temporary file. */
record MultipartContent(MultipartFile file) implements RawContent {

    @Override
    public long size() {
        return file.getSize();
    }

    @Override
    public InputStream open() throws IOException {
        return file.getInputStream();
    }
}
