package dev.mailroom.service.kafka;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

/**
 * Applies {@code mailroom.kafka.*} to Spring Boot's {@link KafkaProperties} once they are bound: the security
 * protocol (common and per client) and the {@code sasl.*} client properties. Everything Boot builds from them
 * (producer, consumer and admin factories, the connection details) and every client a service builds from {@code
 * KafkaProperties.build*Properties()} then authenticates the same way.
 */
@AutoConfiguration
@ConditionalOnClass(KafkaProperties.class)
@EnableConfigurationProperties(KafkaSecurityProperties.class)
public final class KafkaSecurityAutoConfiguration {

    @Bean
    static BeanPostProcessor mailroomKafkaSecurityPostProcessor(ObjectProvider<KafkaSecurityProperties> settings) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof KafkaProperties kafka) {
                    apply(KafkaClientSecurity.clientProperties(settings.getObject()), kafka);
                }
                return bean;
            }
        };
    }

    static void apply(Map<String, String> clientProperties, KafkaProperties kafka) {
        String protocol = clientProperties.get(KafkaClientSecurity.SECURITY_PROTOCOL);
        if (protocol != null) {
            kafka.getSecurity().setProtocol(protocol);
            kafka.getProducer().getSecurity().setProtocol(protocol);
            kafka.getConsumer().getSecurity().setProtocol(protocol);
            kafka.getAdmin().getSecurity().setProtocol(protocol);
            kafka.getStreams().getSecurity().setProtocol(protocol);
        }
        kafka.getProperties().putAll(clientProperties);
    }
}
