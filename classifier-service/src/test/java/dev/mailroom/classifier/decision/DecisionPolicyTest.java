package dev.mailroom.classifier.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.contracts.Label;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionPolicyTest {

    static final DecisionPolicy POLICY = new DecisionProperties(
                    0.5,
                    Map.of("complaint", 0.8, "INVOICE", 0.3),
                    Map.of("invoice", "finance", "service_request", "field-service"),
                    "review")
            .policy();

    @ParameterizedTest(name = "{0} at {1} -> {2}, review={3}")
    @CsvSource({
        "invoice,         0.31, finance,          false",
        "invoice,         0.29, review,           true",
        "complaint,       0.79, review,           true",
        "complaint,       0.80, customer-care,    false",
        "offer,           0.50, procurement,      false",
        "offer,           0.49, review,           true",
        "service_request, 0.99, field-service,    false",
        "purchase_order,  0.90, sales,            false",
        "job_application, 0.90, human-resources,  false",
        "other,           0.60, mailroom-triage,  false"
    })
    void outcomeUnderItsLabelsThresholdGoesToReview(
            String label, double confidence, String department, boolean needsReview) {
        DecisionPolicy.Decision decision = POLICY.decide(Label.fromCode(label), confidence);

        assertThat(decision).isEqualTo(new DecisionPolicy.Decision(department, needsReview));
    }

    @org.junit.jupiter.api.Test
    void unknownLabelOrThresholdOutOfRangeFailsStartup() {
        assertThatThrownBy(() -> new DecisionProperties(0.5, Map.of("memo", 0.5), Map.of(), "review").policy())
                .hasMessageContaining("unknown label 'memo'");
        assertThatThrownBy(() -> new DecisionProperties(0.5, Map.of("offer", 1.5), Map.of(), "review").policy())
                .hasMessageContaining("thresholds.offer");
        assertThatThrownBy(() -> new DecisionProperties(0.5, Map.of(), Map.of("offer", " "), "review").policy())
                .hasMessageContaining("must not be blank");
    }
}
