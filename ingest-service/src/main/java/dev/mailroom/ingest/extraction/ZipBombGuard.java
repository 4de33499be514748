package dev.mailroom.ingest.extraction;

import dev.mailroom.contracts.RejectReason;
import dev.mailroom.ingest.pipeline.RejectedContentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates a zip container (DOCX, plain zip) without keeping anything, counting what it expands to, and
 * refuses it before any parser does when it expands too far, too steeply or into too many entries.
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
     * Checks a zip container.
     *
     * @throws RejectedContentException with reason {@code decompression-bomb} when a limit is passed, or
     *     {@code malformed} when the archive cannot be read
     */
    void check(byte[] bytes) {
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw bomb("more than " + limits.maxZipEntries() + " zip entries");
                }
                expanded = inflate(zip, buffer, expanded, bytes.length, entry.getName());
            }
        } catch (IOException e) {
            throw new RejectedContentException(
                    RejectReason.MALFORMED, "unreadable zip container: " + e.getMessage(), e);
        }
    }

    private long inflate(InputStream zip, byte[] buffer, long expanded, long compressed, String entry)
            throws IOException {
        int n;
        while ((n = zip.read(buffer)) > 0) {
            expanded += n;
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
        return expanded;
    }

    private static RejectedContentException bomb(String detail) {
        return new RejectedContentException(RejectReason.BOMB, detail);
    }
}
