package dev.mailroom.ingest.storage;

import dev.mailroom.service.s3.S3Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.s3.S3Client;

/** The raw store on the service's one S3 client (service-support's {@code mailroom.s3.*} wiring). */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    S3RawStore rawStore(S3Client s3Client, S3Properties properties) {
        return new S3RawStore(s3Client, properties.bucket());
    }
}
