package dev.mailroom.training.dataset;

import dev.mailroom.contracts.Label;
import java.util.List;
import java.util.Map;

/**
 * A validated dataset in memory.
 *
 * @param source where it came from (no secrets)
 * @param rows the usable rows in source order
 * @param rowsRead every row the source delivered, usable or not
 * @param rowsSkipped rows without text, left out
 * @param labelCounts rows per label
 * @param fingerprint sha256 over ids, labels and texts, for the model manifest
 */
public record Dataset(
        String source,
        List<DatasetRow> rows,
        long rowsRead,
        long rowsSkipped,
        Map<Label, Integer> labelCounts,
        String fingerprint) {
    public Dataset {
        rows = List.copyOf(rows);
        labelCounts = Map.copyOf(labelCounts);
    }

    /** Number of usable rows. */
    public int size() {
        return rows.size();
    }
}
