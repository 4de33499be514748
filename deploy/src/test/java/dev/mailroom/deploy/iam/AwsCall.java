package dev.mailroom.deploy.iam;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Objects;

/**
 * One AWS call a service made, as the services' access log ({@code mailroom.aws.access-log}) writes it: a JSON line
 * {@code {"service", "action", "bucket", "key" | "prefix", "status"}}. {@code action} is the SDK operation
 * ({@code GetObject}, {@code HeadObject}, {@code ListObjectsV2}, ...) or an IAM action ({@code s3:GetObject}).
 *
 * @param service the calling service (task role {@code mailroom-<service>-task})
 * @param action the operation
 * @param bucket the bucket
 * @param key the object key, or null for bucket operations
 * @param prefix the listing prefix, or null
 * @param status the HTTP status the call got (404 for a missing key), 0 when unknown
 */
public record AwsCall(String service, String action, String bucket, String key, String prefix, int status) {

    public AwsCall {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(bucket, "bucket");
    }

    /** Parses one access-log line. */
    public static AwsCall of(JsonNode line) {
        return new AwsCall(
                line.path("service").asText(),
                line.path("action").asText(),
                line.path("bucket").asText(),
                line.hasNonNull("key") ? line.get("key").asText() : null,
                line.hasNonNull("prefix") ? line.get("prefix").asText() : null,
                line.path("status").asInt(0));
    }

    /** The operation name without service prefix, lower case: {@code getobject}. */
    String operation() {
        String name = action.contains(":") ? action.substring(action.indexOf(':') + 1) : action;
        return name.toLowerCase(Locale.ROOT);
    }

    /** Whether the call asked for a key that did not exist (and so needs a 404, not a 403). */
    boolean missingKey() {
        return status == 404;
    }

    @Override
    public String toString() {
        return service + " " + action + " s3://" + bucket + "/"
                + (key != null ? key : prefix != null ? prefix + "*" : "") + (status != 0 ? " -> " + status : "");
    }
}
