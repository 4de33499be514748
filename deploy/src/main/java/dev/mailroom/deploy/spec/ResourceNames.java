package dev.mailroom.deploy.spec;

/**
 * Fixed physical names shared by the CDK stack and the rendered task definitions, so the JSON files point at the
 * roles, log groups and repositories the stack creates.
 */
public final class ResourceNames {

    /** Prefix of every named resource. */
    public static final String PREFIX = "mailroom";

    private ResourceNames() {}

    /** ECR repository of a service or job image, e.g. {@code mailroom/classifier-service}. */
    public static String repository(String service) {
        return PREFIX + "/" + service;
    }

    /** Task definition family. */
    public static String family(String service) {
        return PREFIX + "-" + service;
    }

    /** IAM role the application code runs with. */
    public static String taskRole(String service) {
        return PREFIX + "-" + service + "-task";
    }

    /** IAM role ECS uses to pull the image, write logs and read the secrets. */
    public static String executionRole(String service) {
        return PREFIX + "-" + service + "-execution";
    }

    /** CloudWatch Logs group of a service. */
    public static String logGroup(String service) {
        return "/" + PREFIX + "/" + service;
    }
}
