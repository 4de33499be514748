package dev.mailroom.service.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpMethod;

/**
 * The roles a service's own endpoints need. Each service declares one bean; the shared security filter chain turns
 * its rules into authorization rules, and denies every request no rule (and no shared rule: probes, actuator, API
 * document) matches. Patterns are Spring path patterns ({@code /api/v1/trainings/{id}}, {@code /api/v1/x/**}),
 * matched exactly: no trailing slash, no suffix, case-sensitive.
 */
public final class EndpointRoles {

    /**
     * One rule.
     *
     * @param method the HTTP method
     * @param pattern the path pattern
     * @param role the role the call needs
     */
    public record Rule(HttpMethod method, String pattern, Role role) {

        public Rule {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(role, "role");
            if (pattern == null || !pattern.startsWith("/")) {
                throw new IllegalArgumentException("a path pattern starts with '/': " + pattern);
            }
        }
    }

    private final List<Rule> rules;

    private EndpointRoles(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A new, empty set of rules. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rules, in declaration order. */
    public List<Rule> rules() {
        return rules;
    }

    /** Collects rules. */
    public static final class Builder {

        private final List<Rule> rules = new ArrayList<>();

        private Builder() {}

        /** {@code GET pattern} needs {@code role}. */
        public Builder get(String pattern, Role role) {
            return rule(HttpMethod.GET, pattern, role);
        }

        /** {@code POST pattern} needs {@code role}. */
        public Builder post(String pattern, Role role) {
            return rule(HttpMethod.POST, pattern, role);
        }

        /** {@code DELETE pattern} needs {@code role}. */
        public Builder delete(String pattern, Role role) {
            return rule(HttpMethod.DELETE, pattern, role);
        }

        /** {@code method pattern} needs {@code role}. */
        public Builder rule(HttpMethod method, String pattern, Role role) {
            rules.add(new Rule(method, pattern, role));
            return this;
        }

        /** The rules. */
        public EndpointRoles build() {
            return new EndpointRoles(rules);
        }
    }
}
