package dev.mailroom.service.aws;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * When {@code mailroom.aws.access-log} is set: the {@link AccessLogInterceptor} bean, which the S3 client
 * auto-configuration adds to the service's S3 client.
 */
@AutoConfiguration
@ConditionalOnClass(ExecutionInterceptor.class)
@ConditionalOnProperty(prefix = "mailroom.aws", name = "access-log")
@EnableConfigurationProperties(AwsProperties.class)
public final class AwsAccessLogAutoConfiguration {

    @Bean(destroyMethod = "close")
    AccessLogInterceptor awsAccessLog(
            AwsProperties properties, @Value("${spring.application.name:unknown}") String service) {
        return new AccessLogInterceptor(properties.accessLog(), service, Clock.systemUTC());
    }
}
