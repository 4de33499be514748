package dev.mailroom.training.catalog;

import dev.mailroom.model.registry.Promotion;
import java.util.List;

/**
 * A model's versions, production pointer and promotion history.
 *
 * @param name model name
 * @param production the production version, or null
 * @param versions every version, oldest first
 * @param promotions every promotion and rollback, oldest first
 */
public record ModelVersions(
        String name, String production, List<VersionSummary> versions, List<Promotion> promotions) {}
