package dev.mailroom.ingest.folder;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The watched folder channel ({@code mailroom.ingest.folder.*}).
 *
 * @param enabled watch the folder at all
 * @param path the inbox folder; {@code processed/} and {@code failed/} are created inside it
 * @param pollInterval pause between two scans of the folder
 * @param settleTime a file must keep the same size and modification time this long before it is taken
 *     (a writer still copying it changes one of them)
 * @param maxSize larger files are rejected as {@code too-large} and moved to {@code failed/}
 */
@Validated
@ConfigurationProperties("mailroom.ingest.folder")
public record FolderProperties(
        boolean enabled,
        @NotNull Path path,
        @NotNull Duration pollInterval,
        @NotNull Duration settleTime,
        @NotNull DataSize maxSize) {}
