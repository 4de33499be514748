package dev.mailroom.service.s3;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The one {@link S3Client} of a service, on the Apache HTTP client with a bounded connection pool. Every {@link
 * ExecutionInterceptor} bean (e.g. the AWS access log) is added to it.
 */
@AutoConfiguration
@ConditionalOnClass({S3Client.class, ApacheHttpClient.class})
@EnableConfigurationProperties(S3Properties.class)
public final class S3AutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    S3Client s3Client(S3Properties properties, ObjectProvider<ExecutionInterceptor> interceptors) {
        return S3Clients.create(properties, interceptors.orderedStream().toList());
    }
}
