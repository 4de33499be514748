package dev.mailroom.classifier.decision;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The decision policy from {@link DecisionProperties}. */
@Configuration(proxyBeanMethods = false)
class DecisionConfiguration {

    @Bean
    DecisionPolicy decisionPolicy(DecisionProperties properties) {
        return properties.policy();
    }
}
