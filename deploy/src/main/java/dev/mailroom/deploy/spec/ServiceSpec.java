package dev.mailroom.deploy.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything ECS needs to run one Spring Boot service on Fargate.
 *
 * @param name service and container name, also the Maven module and image repository suffix
 * @param port HTTP port of the REST API and actuator ({@code server.port})
 * @param cpu Fargate CPU units (256 = 1/4 vCPU)
 * @param memoryMiB Fargate memory in MiB, a valid combination with {@code cpu}
 * @param desiredCount tasks started by the first deployment
 * @param maxCount upper bound for autoscaling (equal to {@code desiredCount} for services that do not scale)
 * @param environment plain environment variables, names in Spring relaxed form
 * @param secrets secret environment variables
 * @param bucketAccess what the task role may do on the bucket
 * @param apiPaths ALB path patterns routed to this service
 * @param targetHealthPath path the load balancer probes to decide whether the task gets traffic (ECS replaces a task
 *     that fails it for long)
 */
public record ServiceSpec(
        String name,
        int port,
        int cpu,
        int memoryMiB,
        int desiredCount,
        int maxCount,
        Map<String, String> environment,
        List<SecretSpec> secrets,
        BucketAccess bucketAccess,
        List<String> apiPaths,
        String targetHealthPath) {

    /** Liveness endpoint the container health check and the Docker HEALTHCHECK probe. */
    public static final String LIVENESS_PATH = "/actuator/health/liveness";

    /** Readiness endpoint the load balancer probes before sending traffic. */
    public static final String READINESS_PATH = "/actuator/health/readiness";

    public ServiceSpec {
        Objects.requireNonNull(name, "name");
        environment = Map.copyOf(environment);
        secrets = List.copyOf(secrets);
        apiPaths = List.copyOf(apiPaths);
        if (!targetHealthPath.equals(READINESS_PATH) && !targetHealthPath.equals(LIVENESS_PATH)) {
            throw new IllegalArgumentException("target health is readiness or liveness: " + targetHealthPath);
        }
        if (!FargateSizes.isValid(cpu, memoryMiB)) {
            throw new IllegalArgumentException(
                    "not a Fargate size: cpu " + cpu + " memory " + memoryMiB + " MiB (" + name + ")");
        }
        if (desiredCount < 1 || maxCount < desiredCount) {
            throw new IllegalArgumentException("need 1 <= desiredCount <= maxCount for " + name);
        }
    }

    /** The container health check command, the same in ECS and the images ({@code curl} is installed in each). */
    public List<String> healthCheckCommand() {
        return List.of("CMD-SHELL", "curl -fsS http://localhost:" + port + LIVENESS_PATH + " || exit 1");
    }
}
