package dev.mailroom.training.job;

/**
 * What the promotion policy decided.
 *
 * @param policy the policy
 * @param promoted whether the new version went to production
 * @param reason why (recorded with the promotion when promoted)
 * @param previousProduction production version before the decision, or null
 * @param challengerScore the new version's held-out score
 * @param productionScore production's score on the same held-out data, or null
 */
public record PromotionOutcome(
        String policy,
        boolean promoted,
        String reason,
        String previousProduction,
        Double challengerScore,
        Double productionScore) {}
