package dev.mailroom.training.web;

import dev.mailroom.service.security.EndpointRoles;
import dev.mailroom.service.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The roles of the training REST API; service-support's filter chain denies everything not listed here. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    EndpointRoles trainingEndpointRoles() {
        return EndpointRoles.builder()
                .post("/api/v1/trainings", Role.TRAIN)
                .get("/api/v1/trainings", Role.READ)
                .get("/api/v1/trainings/{id}", Role.READ)
                .delete("/api/v1/trainings/{id}", Role.TRAIN)
                .post("/api/v1/trainings/{id}/cancel", Role.TRAIN)
                .get("/api/v1/models/{name}/versions", Role.READ)
                .get("/api/v1/models/{name}/versions/{version}", Role.READ)
                .post("/api/v1/models/{name}/versions/{version}/promote", Role.PROMOTE)
                .post("/api/v1/models/{name}/rollback", Role.PROMOTE)
                .build();
    }
}
