package dev.mailroom.training.job;

import dev.mailroom.training.search.SearchProgress;

/** Hears what a {@link TrainingRun} is doing. */
public interface TrainingListener {

    /** A new phase starts: loading, searching, refitting, evaluating, publishing, promoting. */
    default void phase(String phase) {}

    /** Rows read so far from the training source. */
    default void rowsRead(long rows) {}

    /** The data is loaded and split. */
    default void dataset(DatasetSummary summary) {}

    /** A trial finished. */
    default void search(SearchProgress progress) {}
}
