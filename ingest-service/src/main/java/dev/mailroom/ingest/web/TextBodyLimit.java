package dev.mailroom.ingest.web;

import dev.mailroom.service.problem.JsonBodyLimit;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Refuses a JSON text document over {@code mailroom.ingest.upload.max-json-body} before it is parsed (413
 * {@code too-large}); like the servlet container's multipart cap, the body is not stored and no rejected record is
 * produced (the client is told).
 */
@ControllerAdvice
class TextBodyLimit extends JsonBodyLimit {

    TextBodyLimit(UploadProperties properties) {
        super(
                TextDocumentRequest.class,
                properties.maxJsonBody(),
                "mailroom.ingest.upload.max-json-body",
                "Document rejected: too-large");
    }
}
