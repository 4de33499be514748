package dev.mailroom.training.search;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where trials run. The local bounded thread pool is the default; a Flink batch job over the same trials is the
 * design for more than one machine (docs/adr/0002-distributed-trials-on-flink.md).
 */
public interface TrialExecutor {

    /**
     * Runs every trial (or abandons it when {@code control} says stop) and hands each result to {@code onResult} as
     * soon as it is known, from any thread; returns when every trial has a result.
     */
    void execute(List<Trial> trials, TrialRunner runner, SearchControl control, Consumer<TrialResult> onResult);
}
