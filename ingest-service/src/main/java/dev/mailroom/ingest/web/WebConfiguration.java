package dev.mailroom.ingest.web;

import dev.mailroom.service.security.EndpointRoles;
import dev.mailroom.service.security.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the REST channel's properties and names the role of its endpoint (everything else is denied). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadProperties.class)
class WebConfiguration {

    @Bean
    EndpointRoles ingestEndpointRoles() {
        return EndpointRoles.builder().post("/api/v1/documents", Role.UPLOAD).build();
    }
}
