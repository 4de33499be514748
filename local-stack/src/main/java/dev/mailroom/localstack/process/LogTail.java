package dev.mailroom.localstack.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The last lines of a log file, read from its end so that large logs cost nothing. */
public final class LogTail {

    private static final int MAX_BYTES = 64 * 1024;
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ (common frames|more))");

    private LogTail() {}

    /**
     * Up to {@code lines} last lines of {@code log} without stack frames ({@code at ...}, {@code ...
     * common frames omitted}), so that the causes of an exception fit; empty when it does not exist.
     */
    public static List<String> withoutStackFrames(Path log, int lines) {
        List<String> all = of(log, Integer.MAX_VALUE).stream()
                .filter(line -> !STACK_FRAME.matcher(line).find())
                .toList();
        return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Up to {@code lines} last lines of {@code log}; empty when it does not exist. */
    public static List<String> of(Path log, int lines) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            file.seek(length - size);
            file.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            if (size < length && !all.isEmpty()) {
                all = all.subList(1, all.size()); // the first line was cut
            }
            return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }
}
