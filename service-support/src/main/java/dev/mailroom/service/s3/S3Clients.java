package dev.mailroom.service.s3;

import java.util.List;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the S3 client from {@link S3Properties}: the Apache HTTP client (pooled, bounded; the URL-connection client
 * desynchronised its connections after refused conditional writes), region, endpoint override, path style.
 */
public final class S3Clients {

    private S3Clients() {}

    /** A new client (the caller closes it; closing it closes its HTTP client too). */
    public static S3Client create(S3Properties properties, List<ExecutionInterceptor> interceptors) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(properties.region().strip()))
                .forcePathStyle(properties.pathStyleAccess())
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(properties.maxConnections())
                        .connectionTimeout(properties.connectionTimeout())
                        .socketTimeout(properties.socketTimeout())
                        .connectionAcquisitionTimeout(properties.connectionAcquisitionTimeout()))
                .overrideConfiguration(override -> interceptors.forEach(override::addExecutionInterceptor));
        properties.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
