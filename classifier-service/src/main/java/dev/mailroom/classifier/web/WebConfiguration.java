package dev.mailroom.classifier.web;

import dev.mailroom.service.security.EndpointRoles;
import dev.mailroom.service.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The roles of the classification REST API; service-support's filter chain denies everything not listed here. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    EndpointRoles classifierEndpointRoles() {
        return EndpointRoles.builder()
                .post("/api/v1/classifications", Role.CLASSIFY)
                .build();
    }
}
