package dev.mailroom.service.aws;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * AWS call recording ({@code mailroom.aws.*}).
 *
 * @param accessLog file to which one JSON line per AWS SDK call is appended (env {@code MAILROOM_AWS_ACCESS_LOG});
 *     unset (the default) records nothing. The format is in service-support's README.
 */
@ConfigurationProperties("mailroom.aws")
public record AwsProperties(Path accessLog) {}
