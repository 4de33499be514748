package dev.mailroom.classifier.content;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The S3 client (shared with the S3 model registry) and the raw content store. */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean(destroyMethod = "close")
    S3Client s3Client(S3Properties properties) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(properties.region()))
                .forcePathStyle(properties.pathStyleAccess())
                .httpClient(UrlConnectionHttpClient.create());
        if (properties.endpoint() != null && !properties.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(properties.endpoint()));
        }
        return builder.build();
    }

    @Bean
    RawContentStore rawContentStore(S3Client s3, S3Properties s3Properties, ContentProperties content) {
        return new RawContentStore(s3, s3Properties.bucket(), content.maxBytes());
    }
}
