package dev.mailroom.training.dataset;

import dev.mailroom.contracts.Label;
import java.util.Objects;

/** One labelled document of a training dataset, after its label was validated. */
public record DatasetRow(String id, Label label, String text) {
    public DatasetRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
