package dev.mailroom.classifier.web;

import dev.mailroom.service.problem.JsonBodyLimit;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Refuses a JSON classification request over {@code mailroom.classifier.rest.max-json-body} before it is parsed (413
 * {@code too-large}; nothing was classified, so no rejected record: the client is told).
 */
@ControllerAdvice
class TextBodyLimit extends JsonBodyLimit {

    TextBodyLimit(RestProperties properties) {
        super(
                ClassifyTextRequest.class,
                properties.maxJsonBody(),
                "mailroom.classifier.rest.max-json-body",
                "Classification refused: too-large");
    }
}
