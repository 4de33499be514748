package dev.mailroom.service.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Appends one JSON line per AWS SDK call (after its retries) to a file: {@code {"time", "service", "action",
 * "operation", "bucket", "key" | "prefix", "status"}}, so the calls a service really makes can be checked against its
 * IAM role. One {@code write} per line on a file opened for append: lines of concurrent calls never interleave.
 */
public final class AccessLogInterceptor implements ExecutionInterceptor, AutoCloseable {

    private final String service;
    private final FileChannel out;
    private final Clock clock;

    /** Appends to {@code file} (created with its directories if missing); {@code service} names the caller. */
    public AccessLogInterceptor(Path file, String service, Clock clock) {
        this.service = service;
        this.clock = clock;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.out = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the AWS access log " + file, e);
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        write(context.request(), attributes, context.httpResponse().statusCode());
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        Integer status = context.httpResponse()
                .map(response -> response.statusCode())
                .or(() -> Optional.of(context.exception())
                        .filter(SdkServiceException.class::isInstance)
                        .map(e -> ((SdkServiceException) e).statusCode()))
                .orElse(null);
        write(context.request(), attributes, status);
    }

    private void write(SdkRequest request, ExecutionAttributes attributes, Integer status) {
        String sdkService = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        String line = line(
                clock.instant().toString(),
                service,
                IamActions.of(sdkService == null ? "unknown" : sdkService, operation == null ? "unknown" : operation),
                operation,
                request.getValueForField("Bucket", String.class).orElse(null),
                request.getValueForField("Key", String.class).orElse(null),
                request.getValueForField("Prefix", String.class).orElse(null),
                status);
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        try {
            synchronized (out) {
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the AWS access log", e);
        }
    }

    static String line(
            String time,
            String service,
            String action,
            String operation,
            String bucket,
            String key,
            String prefix,
            Integer status) {
        StringBuilder json = new StringBuilder(160).append('{');
        field(json, "time", time);
        field(json, "service", service);
        field(json, "action", action);
        field(json, "operation", operation);
        field(json, "bucket", bucket);
        if (key != null) {
            field(json, "key", key);
        }
        if (prefix != null || key == null && "s3:ListBucket".equals(action)) {
            field(json, "prefix", prefix == null ? "" : prefix);
        }
        json.append("\"status\":").append(status == null ? "null" : status.toString());
        return json.append("}\n").toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":");
        if (value == null) {
            json.append("null");
        } else {
            json.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }
        json.append(',');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
