package dev.mailroom.ingest.extraction;

import dev.mailroom.contracts.RejectReason;
import dev.mailroom.ingest.pipeline.RejectedContentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates a zip container (DOCX, plain zip) without keeping anything, counting what it expands to, and
 * refuses it before any parser does when it expands too far, too steeply or into too many entries. Archives
 * inside it (a zip in a zip, an office document or archive embedded in a DOCX) are opened too and count against
 * the same budget: their entries add to the entry count, their expansion to the expanded size and to the ratio
 * over the outer document's size, and nesting deeper than {@code maxArchiveDepth} is itself a bomb.
 */
final class ZipBombGuard {

    private final ExtractionLimits limits;

    ZipBombGuard(ExtractionLimits limits) {
        this.limits = limits;
    }

    /** True when {@code bytes} start like a zip archive. */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * Checks a zip container without a time limit.
     *
     * @throws RejectedContentException with reason {@code decompression-bomb} when a limit is passed, or
     *     {@code malformed} when the archive cannot be read
     */
    void check(byte[] bytes) {
        check(bytes, Deadline.none());
    }

    /** Checks a zip container, stopping at {@code deadline}. */
    void check(byte[] bytes, Deadline deadline) {
        Budget budget = new Budget(bytes.length, deadline);
        try {
            scan(new ByteArrayInputStream(bytes), 0, "", budget);
        } catch (IOException e) {
            throw new RejectedContentException(
                    RejectReason.MALFORMED, "unreadable zip container: " + e.getMessage(), e);
        }
    }

    private void scan(InputStream archive, int depth, String path, Budget budget) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++budget.entries > limits.maxZipEntries()) {
                    throw bomb("more than " + limits.maxZipEntries() + " zip entries (nested archives included)");
                }
                String name = path + entry.getName();
                ByteArrayOutputStream nested = null;
                int n;
                boolean first = true;
                while ((n = zip.read(buffer)) > 0) {
                    budget.add(n, name);
                    if (first) {
                        first = false;
                        if (startsWithZipMagic(buffer, n)) {
                            if (depth + 1 > limits.maxArchiveDepth()) {
                                throw bomb("archives nested more than " + limits.maxArchiveDepth() + " deep (at '"
                                        + name + "')");
                            }
                            nested = new ByteArrayOutputStream();
                        }
                    }
                    if (nested != null) {
                        nested.write(buffer, 0, n);
                    }
                }
                if (nested != null) {
                    scan(new ByteArrayInputStream(nested.toByteArray()), depth + 1, name + "!/", budget);
                }
            }
        }
    }

    private static boolean startsWithZipMagic(byte[] buffer, int length) {
        return length >= 4 && buffer[0] == 'P' && buffer[1] == 'K' && buffer[2] == 3 && buffer[3] == 4;
    }

    private static RejectedContentException bomb(String detail) {
        return new RejectedContentException(RejectReason.BOMB, detail);
    }

    /** What the whole document, every nesting level, may still expand to. */
    private final class Budget {
        private final long compressed;
        private final Deadline deadline;
        private long expanded;
        private int entries;

        Budget(long compressed, Deadline deadline) {
            this.compressed = compressed;
            this.deadline = deadline;
        }

        void add(int bytes, String entry) {
            deadline.check();
            expanded += bytes;
            if (expanded > limits.maxExpandedBytes()) {
                throw bomb("zip container expands past " + limits.maxExpandedBytes() + " bytes (at entry '" + entry
                        + "')");
            }
            if (expanded >= limits.ratioCheckFrom()
                    && expanded / Math.max(1, compressed) > limits.maxCompressionRatio()) {
                throw bomb("zip container of " + compressed + " bytes expands more than " + limits.maxCompressionRatio()
                        + " times (at entry '" + entry + "')");
            }
        }
    }
}
