package dev.mailroom.training.job;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mailroom.contracts.BucketLayout;
import dev.mailroom.model.registry.ModelRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Persists job snapshots in the registry's document area as {@code jobs/<id>.json}, so a restart shows them. */
public final class JobStore {

    /** Document key prefix of training jobs. */
    public static final String PREFIX = BucketLayout.JOBS;

    private static final Logger LOG = LoggerFactory.getLogger(JobStore.class);

    private final ModelRegistry registry;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public JobStore(ModelRegistry registry) {
        this.registry = registry;
    }

    /** Writes (or replaces) the job's document. */
    public void save(TrainingJob job) {
        try {
            registry.putDocument(PREFIX + job.id() + ".json", json.writeValueAsBytes(job));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every stored job; documents that do not parse are logged and left out. */
    public List<TrainingJob> loadAll() {
        List<TrainingJob> jobs = new ArrayList<>();
        for (String key : registry.listDocuments(PREFIX)) {
            if (!key.endsWith(".json")) {
                continue;
            }
            registry.getDocument(key).ifPresent(bytes -> {
                try {
                    jobs.add(json.readValue(bytes, TrainingJob.class));
                } catch (IOException e) {
                    LOG.warn("ignoring unreadable job document {}: {}", key, e.getMessage());
                }
            });
        }
        return jobs;
    }
}
