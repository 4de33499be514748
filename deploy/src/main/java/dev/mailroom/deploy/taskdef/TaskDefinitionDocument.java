package dev.mailroom.deploy.taskdef;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mailroom.deploy.spec.ResourceNames;
import dev.mailroom.deploy.spec.SecretSpec;
import dev.mailroom.deploy.spec.ServiceSpec;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders one {@link ServiceSpec} as the JSON input of {@code aws ecs register-task-definition --cli-input-json}.
 * Account, region, image tag and deployment values are {@code ${PLACEHOLDER}}s for {@code envsubst}.
 */
public final class TaskDefinitionDocument {

    /** Placeholder of the AWS account id. */
    public static final String ACCOUNT = "${AWS_ACCOUNT_ID}";

    /** Placeholder of the AWS region. */
    public static final String REGION = "${AWS_REGION}";

    /** Placeholder of the image tag to deploy. */
    public static final String IMAGE_TAG = "${IMAGE_TAG}";

    /** Health check timings shared with the CDK stack (seconds). */
    public static final int HEALTH_INTERVAL = 30;

    /** Seconds a single health probe may take. */
    public static final int HEALTH_TIMEOUT = 5;

    /** Failed probes before ECS replaces the task. */
    public static final int HEALTH_RETRIES = 3;

    /** Grace period for JVM start and model loading (seconds). */
    public static final int HEALTH_START_PERIOD = 90;

    /** Seconds ECS waits after SIGTERM, enough for Spring's graceful shutdown. */
    public static final int STOP_TIMEOUT = 60;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TaskDefinitionDocument() {}

    /** The JSON text, deterministic (sorted environment), ending in a newline. */
    public static String render(ServiceSpec spec) {
        try {
            return JSON.writeValueAsString(toMap(spec)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> toMap(ServiceSpec spec) {
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("name", spec.name());
        container.put(
                "image",
                ACCOUNT + ".dkr.ecr." + REGION + ".amazonaws.com/" + ResourceNames.repository(spec.name()) + ":"
                        + IMAGE_TAG);
        container.put("essential", true);
        container.put(
                "portMappings",
                List.of(ordered(
                        "name", "http", "containerPort", spec.port(), "protocol", "tcp", "appProtocol", "http")));
        List<Map<String, Object>> environment = new ArrayList<>();
        new TreeMap<>(spec.environment())
                .forEach((name, value) -> environment.add(ordered("name", name, "value", value)));
        container.put("environment", environment);
        List<Map<String, Object>> secrets = new ArrayList<>();
        for (SecretSpec secret : spec.secrets()) {
            secrets.add(ordered("name", secret.envName(), "valueFrom", secretArn(secret)));
        }
        container.put("secrets", secrets);
        container.put(
                "logConfiguration",
                ordered(
                        "logDriver",
                        "awslogs",
                        "options",
                        ordered(
                                "awslogs-group",
                                ResourceNames.logGroup(spec.name()),
                                "awslogs-region",
                                REGION,
                                "awslogs-stream-prefix",
                                spec.name())));
        container.put(
                "healthCheck",
                ordered(
                        "command",
                        spec.healthCheckCommand(),
                        "interval",
                        HEALTH_INTERVAL,
                        "timeout",
                        HEALTH_TIMEOUT,
                        "retries",
                        HEALTH_RETRIES,
                        "startPeriod",
                        HEALTH_START_PERIOD));
        container.put("stopTimeout", STOP_TIMEOUT);

        Map<String, Object> task = new LinkedHashMap<>();
        task.put("family", ResourceNames.family(spec.name()));
        task.put("taskRoleArn", roleArn(ResourceNames.taskRole(spec.name())));
        task.put("executionRoleArn", roleArn(ResourceNames.executionRole(spec.name())));
        task.put("networkMode", "awsvpc");
        task.put("requiresCompatibilities", List.of("FARGATE"));
        task.put("cpu", Integer.toString(spec.cpu()));
        task.put("memory", Integer.toString(spec.memoryMiB()));
        task.put("runtimePlatform", ordered("cpuArchitecture", "X86_64", "operatingSystemFamily", "LINUX"));
        task.put("containerDefinitions", List.of(container));
        task.put(
                "tags",
                List.of(
                        ordered("key", "project", "value", ResourceNames.PREFIX),
                        ordered("key", "service", "value", spec.name())));
        return task;
    }

    /** ARN of a secret in the task's region and account; Secrets Manager accepts it without the random suffix. */
    static String secretArn(SecretSpec secret) {
        return switch (secret.store()) {
            case SECRETS_MANAGER ->
                "arn:aws:secretsmanager:" + REGION + ":" + ACCOUNT + ":secret:" + secret.name()
                        + (secret.jsonField() == null ? "" : ":" + secret.jsonField() + "::");
            case SSM_PARAMETER -> "arn:aws:ssm:" + REGION + ":" + ACCOUNT + ":parameter" + secret.name();
        };
    }

    private static String roleArn(String roleName) {
        return "arn:aws:iam::" + ACCOUNT + ":role/" + roleName;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
