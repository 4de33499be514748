package dev.mailroom.training.search;

/** How a trial ended. */
public enum TrialStatus {
    /** Every fold was scored. */
    COMPLETED,
    /** Stopped after its first folds because it could not catch up with the best trial. */
    CUT,
    /** Training or scoring threw; the detail says why. */
    FAILED,
    /** Not run to the end because the job was cancelled or the time budget ran out. */
    ABANDONED
}
