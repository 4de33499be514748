package dev.mailroom.training.job;

import java.util.Arrays;

/** Whether a job promotes the version it publishes. */
public enum PromotionPolicy {
    /** Publish only; promotion is an explicit REST call. */
    NEVER("never"),
    /** Promote every published version. */
    ALWAYS("always"),
    /** Promote when the new version beats production on the same held-out data by the margin. */
    IF_BETTER("if-better");

    private final String id;

    PromotionPolicy(String id) {
        this.id = id;
    }

    /** The spelling used in requests and on the CLI. */
    public String id() {
        return id;
    }

    /** Parses {@code never}, {@code always} or {@code if-better}. */
    public static PromotionPolicy fromId(String id) {
        String wanted = id == null ? "" : id.trim();
        return Arrays.stream(values())
                .filter(p -> p.id.equalsIgnoreCase(wanted) || p.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown promotion policy '" + id + "', expected never, always or if-better"));
    }
}
