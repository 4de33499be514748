package dev.mailroom.classifier.decision;

import dev.mailroom.contracts.Departments;
import dev.mailroom.contracts.Label;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Decides where an outcome goes: to its label's department, or to the review queue when the confidence
 * is under the label's threshold. Immutable and thread-safe.
 */
public final class DecisionPolicy {

    private final double defaultThreshold;
    private final Map<Label, Double> thresholds;
    private final Map<Label, String> departments;
    private final String reviewDepartment;

    public DecisionPolicy(
            double defaultThreshold,
            Map<Label, Double> thresholds,
            Map<Label, String> departments,
            String reviewDepartment) {
        this.defaultThreshold = defaultThreshold;
        this.thresholds = Collections.unmodifiableMap(new EnumMap<>(emptyIfNone(thresholds)));
        Map<Label, String> merged = new EnumMap<>(Departments.DEFAULT_MAP);
        emptyIfNone(departments).forEach((label, department) -> {
            if (department == null || department.isBlank()) {
                throw new IllegalArgumentException("department of label '" + label + "' must not be blank");
            }
            merged.put(label, department);
        });
        this.departments = Collections.unmodifiableMap(merged);
        this.reviewDepartment = reviewDepartment;
    }

    /** The defaults of ARCHITECTURE.md with one threshold for every label. */
    public static DecisionPolicy defaults(double threshold) {
        return new DecisionPolicy(threshold, Map.of(), Map.of(), Departments.REVIEW);
    }

    /** The decision for {@code label} predicted with {@code confidence}. */
    public Decision decide(Label label, double confidence) {
        boolean needsReview = confidence < threshold(label);
        return new Decision(needsReview ? reviewDepartment : departments.get(label), needsReview);
    }

    /** The review threshold of {@code label}. */
    public double threshold(Label label) {
        return thresholds.getOrDefault(label, defaultThreshold);
    }

    /** The department of {@code label} when no review is needed. */
    public String department(Label label) {
        return departments.get(label);
    }

    private static <K, V> Map<K, V> emptyIfNone(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    /**
     * Where an outcome goes.
     *
     * @param department the department (the review queue when {@code needsReview})
     * @param needsReview the confidence was under the label's threshold
     */
    public record Decision(String department, boolean needsReview) {}
}
