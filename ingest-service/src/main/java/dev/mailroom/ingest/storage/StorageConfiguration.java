package dev.mailroom.ingest.storage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The S3 client (endpoint and path style from configuration, credentials from the default chain). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(S3Properties.class)
class StorageConfiguration {

    @Bean(destroyMethod = "close")
    S3Client s3Client(S3Properties properties) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(properties.region()))
                .forcePathStyle(properties.pathStyleAccess())
                .httpClient(UrlConnectionHttpClient.create());
        if (properties.endpoint() != null && !properties.endpoint().toString().isBlank()) {
            builder.endpointOverride(properties.endpoint());
        }
        return builder.build();
    }

    @Bean
    S3RawStore rawStore(S3Client s3Client, S3Properties properties) {
        return new S3RawStore(s3Client, properties.bucket());
    }
}
