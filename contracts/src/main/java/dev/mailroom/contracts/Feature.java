package dev.mailroom.contracts;

/**
 * One feature that drove a decision, with its contribution (positive favours the label).
 *
 * @param feature the feature name (a token, n-gram or character n-gram)
 * @param weight its contribution to the chosen label's score
 */
public record Feature(String feature, double weight) {

    public Feature {
        Fields.required(feature, "explanation.feature");
    }
}
