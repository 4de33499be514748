package dev.mailroom.classifier.decision;

import dev.mailroom.contracts.Label;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Routing decisions ({@code mailroom.classifier.decision.*}).
 *
 * @param defaultThreshold confidence under which an outcome needs review, for labels without their own
 * @param thresholds per-label thresholds keyed by label code, e.g. {@code complaint: 0.7}
 * @param departments label code to department; labels left out keep the default map of ARCHITECTURE.md
 * @param reviewDepartment the department of every outcome that needs review
 */
@Validated
@ConfigurationProperties("mailroom.classifier.decision")
public record DecisionProperties(
        @DecimalMin("0.0") @DecimalMax("1.0") double defaultThreshold,
        Map<String, Double> thresholds,
        Map<String, String> departments,
        @NotBlank String reviewDepartment) {

    public DecisionProperties {
        // an empty YAML map binds as null
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        departments = departments == null ? Map.of() : Map.copyOf(departments);
    }

    /** The policy these settings describe; unknown label codes or thresholds outside 0..1 fail startup. */
    public DecisionPolicy policy() {
        Map<Label, Double> byLabel = new EnumMap<>(Label.class);
        thresholds.forEach((code, threshold) -> {
            if (threshold == null || threshold < 0.0 || threshold > 1.0) {
                throw new IllegalArgumentException("mailroom.classifier.decision.thresholds." + code
                        + " must be within 0..1 but was " + threshold);
            }
            byLabel.put(Label.fromCode(code), threshold);
        });
        Map<Label, String> routes = new EnumMap<>(Label.class);
        departments.forEach((code, department) -> routes.put(Label.fromCode(code), department));
        return new DecisionPolicy(defaultThreshold, byLabel, routes, reviewDepartment);
    }
}
