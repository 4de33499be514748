package dev.mailroom.service.registry;

import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.service.s3.S3AutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The {@link ModelRegistry} named by {@code mailroom.registry.uri}, in services that have model-core on their
 * classpath (classifier, training; not ingest) and set the key.
 */
@AutoConfiguration(after = S3AutoConfiguration.class)
@ConditionalOnClass(ModelRegistry.class)
@ConditionalOnProperty(prefix = "mailroom.registry", name = "uri")
@EnableConfigurationProperties(RegistryProperties.class)
public final class RegistryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ModelRegistry modelRegistry(RegistryProperties properties, ObjectProvider<S3Client> s3) {
        return ModelRegistryLocations.open(properties.uri(), s3::getObject);
    }
}
