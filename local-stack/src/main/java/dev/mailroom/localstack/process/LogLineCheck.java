package dev.mailroom.localstack.process;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Ready when the part's own log shows a line matching {@code pattern}: for parts without a port of
 * their own (the Flink job on its MiniCluster reports its tasks as RUNNING).
 */
public record LogLineCheck(Path log, Pattern pattern) implements HealthCheck {

    private static final int LINES = 2000;

    @Override
    public boolean ready() {
        return LogTail.of(log, LINES).stream()
                .anyMatch(line -> pattern.matcher(line).find());
    }

    @Override
    public String describe() {
        return "log line /" + pattern + "/ in " + log.getFileName();
    }
}
