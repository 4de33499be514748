package dev.mailroom.training.dataset;

import dev.mailroom.contracts.Label;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** Reads a {@link DatasetSource} row by row, validates labels and counts what it read. */
public final class DatasetLoader {

    /** How often (in rows) the progress listener hears of the rows read so far. */
    static final int PROGRESS_EVERY = 1_000;

    private final LongConsumer rowsReadListener;
    private final long maxRows;

    /**
     * A loader that reports the running row count to {@code rowsReadListener} and stops reading, refusing the
     * dataset, at row {@code maxRows + 1}.
     */
    public DatasetLoader(LongConsumer rowsReadListener, long maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be >= 1, got " + maxRows);
        }
        this.rowsReadListener = rowsReadListener;
        this.maxRows = maxRows;
    }

    /** A loader without a row limit that reports the running row count to {@code rowsReadListener}. */
    public DatasetLoader(LongConsumer rowsReadListener) {
        this(rowsReadListener, Long.MAX_VALUE);
    }

    /** A loader without a row limit that reports nothing while it reads. */
    public DatasetLoader() {
        this(n -> {});
    }

    /**
     * Loads and validates the whole source.
     *
     * @throws InvalidDatasetException on an unknown label, fewer than two labels, an empty or unreadable source, more
     *     rows than the limit (read stops there)
     */
    public Dataset load(DatasetSource source) {
        List<DatasetRow> rows = new ArrayList<>();
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        MessageDigest digest = sha256();
        long[] read = {0};
        long[] skipped = {0};
        source.read(row -> {
            read[0]++;
            if (read[0] > maxRows) {
                throw new InvalidDatasetException(
                        InvalidDatasetException.Reason.TOO_LARGE,
                        source.description() + " has more than " + maxRows
                                + " rows (mailroom.training.limits.max-dataset-rows); reading stopped there");
            }
            if (read[0] % PROGRESS_EVERY == 0) {
                rowsReadListener.accept(read[0]);
            }
            String id = row.id() == null || row.id().isBlank() ? "row-" + read[0] : row.id();
            Label label = Label.find(row.label())
                    .orElseThrow(() -> new InvalidDatasetException(
                            InvalidDatasetException.Reason.UNKNOWN_LABEL,
                            "row '" + id + "' (#" + read[0] + ") of " + source.description() + " has unknown label '"
                                    + row.label() + "'; expected one of "
                                    + Arrays.stream(Label.values())
                                            .map(Label::code)
                                            .toList()));
            if (row.text() == null || row.text().isBlank()) {
                skipped[0]++;
                return;
            }
            rows.add(new DatasetRow(id, label, row.text()));
            counts.merge(label, 1, Integer::sum);
            update(digest, id);
            update(digest, label.code());
            update(digest, row.text());
        });
        rowsReadListener.accept(read[0]);
        if (rows.isEmpty()) {
            throw new InvalidDatasetException(
                    InvalidDatasetException.Reason.EMPTY,
                    source.description() + " has no usable row (" + read[0] + " read, " + skipped[0]
                            + " without text)");
        }
        if (counts.size() < 2) {
            throw new InvalidDatasetException(
                    InvalidDatasetException.Reason.TOO_FEW_LABELS,
                    source.description() + " has only the label(s) " + counts.keySet()
                            + "; a classifier needs at least 2 distinct labels");
        }
        return new Dataset(
                source.description(),
                rows,
                read[0],
                skipped[0],
                counts,
                HexFormat.of().formatHex(digest.digest()));
    }

    private static void update(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
