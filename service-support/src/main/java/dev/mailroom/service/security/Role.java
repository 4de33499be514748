package dev.mailroom.service.security;

import java.util.Locale;
import java.util.Optional;

/** A capability a caller may hold; each endpoint needs one. Written in lower case in configuration and claims. */
public enum Role {
    /** Send documents into ingest ({@code POST /api/v1/documents}). */
    UPLOAD,
    /** Classify synchronously ({@code POST /api/v1/classifications}). */
    CLASSIFY,
    /** Start and cancel training jobs. */
    TRAIN,
    /** Point production at a model version: promote, roll back. */
    PROMOTE,
    /** Read training jobs and model versions. */
    READ,
    /** Operate the service: metrics, info, detailed health. */
    OPS;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The lower-case name used in configuration and tokens. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code value} (any case), if there is one. */
    public static Optional<Role> parse(String value) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
