package dev.mailroom.ingest.folder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides when a file is complete: its size and modification time have stayed the same for the settle
 * time, across scans. Not thread-safe (one watcher thread uses it).
 */
final class StabilityTracker {

    private final Duration settleTime;
    private final Map<Path, Observation> observations = new HashMap<>();

    StabilityTracker(Duration settleTime) {
        this.settleTime = settleTime;
    }

    /** Records a scan of {@code file}; true when it is complete. */
    boolean observe(Path file, long size, Instant modified, Instant now) {
        Observation previous = observations.get(file);
        if (previous == null || previous.size != size || !previous.modified.equals(modified)) {
            observations.put(file, new Observation(size, modified, now));
            return false;
        }
        return !now.isBefore(previous.since.plus(settleTime));
    }

    /** Forgets files that are gone and files already handled. */
    void retainOnly(Set<Path> present) {
        observations.keySet().retainAll(present);
    }

    /** Forgets one file. */
    void forget(Path file) {
        observations.remove(file);
    }

    private record Observation(long size, Instant modified, Instant since) {}
}
