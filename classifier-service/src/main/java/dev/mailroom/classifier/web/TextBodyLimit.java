package dev.mailroom.classifier.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdvice;

/**
 * Refuses a JSON classification request over {@code mailroom.classifier.rest.max-json-body} before it is parsed: by its
 * {@code Content-Length}, or (chunked bodies) after reading one byte more than the limit, never the whole body. Answers
 * 413 {@code too-large} (the client is told; nothing was classified, so no rejected record).
 */
@ControllerAdvice
class TextBodyLimit implements RequestBodyAdvice {

    private final RestProperties properties;

    TextBodyLimit(RestProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == ClassifyTextRequest.class;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        long max = properties.maxJsonBody().toBytes();
        long declared = input.getHeaders().getContentLength();
        if (declared > max) {
            throw tooLarge("the JSON body has " + declared + " bytes", max);
        }
        byte[] body;
        try (InputStream in = input.getBody()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (body.length > max) {
            throw tooLarge("the JSON body has more than " + max + " bytes", max);
        }
        HttpHeaders headers = input.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return body;
    }

    @Override
    public Object handleEmptyBody(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return body;
    }

    private static ErrorResponseException tooLarge(String what, long max) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                what + ", over the limit of " + max + " bytes (mailroom.classifier.rest.max-json-body);"
                        + " send large documents as a multipart file");
        problem.setType(URI.create("https://mailroom.dev/problems/too-large"));
        problem.setTitle("Classification refused: too-large");
        problem.setProperty("reason", "too-large");
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
    }
}
