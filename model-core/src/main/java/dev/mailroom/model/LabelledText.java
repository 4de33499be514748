package dev.mailroom.model;

import dev.mailroom.contracts.Label;
import java.util.Objects;

/**
 * One training or evaluation example.
 *
 * @param text the document text
 * @param label its true label
 */
public record LabelledText(String text, Label label) {

    public LabelledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
