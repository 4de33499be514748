package dev.mailroom.service.web;

import dev.mailroom.service.problem.ProblemReason;
import dev.mailroom.service.problem.Problems;
import dev.mailroom.service.security.EndpointRoles;
import dev.mailroom.service.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** A small service as the three real ones use service-support: its endpoints, their roles, a domain exception. */
@SpringBootApplication
public class TestApplication {

    /** A thing nobody has. */
    static final class ThingNotFoundException extends RuntimeException {
        ThingNotFoundException(String id) {
            super("no thing " + id);
        }
    }

    /** Its body. */
    record Thing(@NotBlank String name) {}

    @Bean
    EndpointRoles thingRoles() {
        return EndpointRoles.builder()
                .post("/api/v1/things", Role.UPLOAD)
                .get("/api/v1/things/{id}", Role.READ)
                .post("/api/v1/things/{id}/promote", Role.PROMOTE)
                .build();
    }

    @RestController
    @RequestMapping("/api/v1/things")
    static class ThingController {

        @PostMapping
        Map<String, String> create(@Valid @RequestBody Thing thing) {
            switch (thing.name()) {
                case "illegal" -> throw new IllegalArgumentException("'illegal' is not a thing name");
                case "boom" -> throw new IllegalStateException("internal state with secrets");
                default -> {
                    return Map.of("name", thing.name());
                }
            }
        }

        @GetMapping("/{id}")
        Map<String, String> get(@PathVariable String id) {
            if (id.equals("missing")) {
                throw new ThingNotFoundException(id);
            }
            return Map.of("id", id);
        }

        @PostMapping("/{id}/promote")
        Map<String, String> promote(@PathVariable String id) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "promotion of " + id + " reached the controller");
        }
    }

    /** The service's own advice: domain exceptions only, in the shared vocabulary. */
    @RestControllerAdvice
    @Order(0)
    static class ThingProblems {

        static final ProblemReason NO_THING = ProblemReason.define("no-thing", HttpStatus.NOT_FOUND);

        @ExceptionHandler(ThingNotFoundException.class)
        ProblemDetail notFound(ThingNotFoundException e) {
            return Problems.of(NO_THING, e.getMessage());
        }
    }
}
