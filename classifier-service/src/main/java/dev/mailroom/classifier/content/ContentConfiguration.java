package dev.mailroom.classifier.content;

import dev.mailroom.service.s3.S3Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.s3.S3Client;

/** The raw content store on the service's one S3 client (service-support's {@code mailroom.s3.*} wiring). */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean
    RawContentStore rawContentStore(S3Client s3, S3Properties s3Properties, ContentProperties content) {
        return new RawContentStore(s3, s3Properties.bucket(), content.maxBytes());
    }
}
