package dev.mailroom.contracts;

/**
 * The key prefixes of the one mailroom bucket, shared by the code that writes them and the deployment that grants
 * access to them (each task role may touch only its prefixes, so a prefix typed twice is an outage waiting).
 */
public final class BucketLayout {

    /** Raw document bytes, written by ingest, read by the classifier ({@link ContentRefs}). */
    public static final String RAW = "raw/";

    /** The model registry: versions and aliases (model-core's object-store registry). */
    public static final String MODELS = "models/";

    /** Training job snapshots, {@code jobs/<id>.json}, in the registry's document area (training-service). */
    public static final String JOBS = "jobs/";

    private BucketLayout() {}
}
