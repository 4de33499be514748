package dev.mailroom.service.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON request body of one request type over a configured size before it is parsed: by its
 * {@code Content-Length}, or (chunked bodies) after reading one byte more than the limit, never the whole body.
 * Answers 413 {@code too-large}; the body is not stored and no rejected record is produced (the client is told). A
 * service subclasses it as a {@code @ControllerAdvice} naming its request type and configuration key.
 */
public abstract class JsonBodyLimit extends RequestBodyAdviceAdapter {

    private final Class<?> requestType;
    private final DataSize max;
    private final String propertyKey;
    private final String title;

    /**
     * @param requestType the request body type the limit applies to
     * @param max the largest body accepted
     * @param propertyKey the configuration key of {@code max}, named in the answer
     * @param title the problem's title
     */
    protected JsonBodyLimit(Class<?> requestType, DataSize max, String propertyKey, String title) {
        this.requestType = requestType;
        this.max = max;
        this.propertyKey = propertyKey;
        this.title = title;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == requestType;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        long limit = max.toBytes();
        long declared = input.getHeaders().getContentLength();
        if (declared > limit) {
            throw tooLarge("the JSON body has " + declared + " bytes", limit);
        }
        byte[] body;
        try (InputStream in = input.getBody()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (body.length > limit) {
            throw tooLarge("the JSON body has more than " + limit + " bytes", limit);
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

    private ErrorResponseException tooLarge(String what, long limit) {
        return new ErrorResponseException(
                ProblemReason.TOO_LARGE.status(),
                Problems.of(
                        ProblemReason.TOO_LARGE,
                        title,
                        what + ", over the limit of " + limit + " bytes (" + propertyKey + ");"
                                + " send large documents as a multipart file"),
                null);
    }
}
