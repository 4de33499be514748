package dev.mailroom.training.search;

/** Runs one trial to its result; never throws (failures become {@link TrialStatus#FAILED} results). */
@FunctionalInterface
public interface TrialRunner {

    /** Scores {@code trial}, consulting {@code control} between folds. */
    TrialResult run(Trial trial, SearchControl control);
}
