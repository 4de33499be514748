package dev.mailroom.classifier.ocr;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.contracts.RejectReason;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The extraction worker's wire format over its stdin and stdout: length-prefixed frames, each starting with a
 * magic number so that stray bytes on the stream (a native library writing to fd 1) are detected, never
 * misread. Requests: {@code magic, int length, bytes}. Replies: {@code magic, byte status} then, for {@link
 * #OK}, {@code int pages, byte method, long ocrNanos, text}; for {@link #REJECTED}, {@code reason code,
 * detail}; {@link #READY} has no body. Strings are {@code int length, UTF-8 bytes}.
 */
final class WorkerProtocol {

    static final int MAGIC = 0x4D524F31; // "MRO1"
    static final byte READY = 0;
    static final byte OK = 1;
    static final byte REJECTED = 2;

    /** Longest text or request accepted from the other side (a corrupt length must not allocate gigabytes). */
    static final int MAX_FRAME = 256 * 1024 * 1024;

    private WorkerProtocol() {}

    static void writeRequest(DataOutputStream out, byte[] document) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(document.length);
        out.write(document);
        out.flush();
    }

    /** The next request, or null when the parent closed the stream (the worker then exits). */
    static byte[] readRequest(DataInputStream in) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        checkMagic(magic);
        return readBytes(in);
    }

    static void writeReady(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeByte(READY);
        out.flush();
    }

    static void writeText(DataOutputStream out, ExtractedText text) throws IOException {
        out.writeInt(MAGIC);
        out.writeByte(OK);
        out.writeInt(text.pages());
        out.writeByte(text.method().ordinal());
        out.writeLong(text.ocrTime().toNanos());
        writeString(out, text.text());
        out.flush();
    }

    /** A rejection; {@code exiting} tells the parent the worker exits after it (and must be replaced). */
    static void writeRejection(DataOutputStream out, RejectReason reason, String detail, boolean exiting)
            throws IOException {
        out.writeInt(MAGIC);
        out.writeByte(REJECTED);
        writeString(out, reason.code());
        writeString(out, detail == null ? "" : detail);
        out.writeBoolean(exiting);
        out.flush();
    }

    /** Reads the READY frame a worker sends once initialised. */
    static void readReady(DataInputStream in) throws IOException {
        checkMagic(in.readInt());
        byte status = in.readByte();
        if (status != READY) {
            throw new IOException("expected the worker's ready frame, got status " + status);
        }
    }

    /** Reads a reply: the extracted text, or the worker's rejection. */
    static Reply readReply(DataInputStream in) throws IOException {
        checkMagic(in.readInt());
        byte status = in.readByte();
        if (status == OK) {
            int pages = in.readInt();
            int method = in.readByte();
            long ocrNanos = in.readLong();
            String text = readString(in);
            return new Reply(
                    new ExtractedText(text, pages, ExtractedText.Method.values()[method], Duration.ofNanos(ocrNanos)),
                    null,
                    false);
        }
        if (status == REJECTED) {
            RejectReason reason = RejectReason.fromCode(readString(in));
            String detail = readString(in);
            boolean exiting = in.readBoolean();
            return new Reply(null, new RejectionException(reason, detail), exiting);
        }
        throw new IOException("unknown reply status " + status);
    }

    /**
     * A worker's answer to one document.
     *
     * @param text the text, or null when rejected
     * @param rejection why the document was rejected, or null
     * @param exiting the worker exits after this reply
     */
    record Reply(ExtractedText text, RejectionException rejection, boolean exiting) {}

    private static void checkMagic(int magic) throws IOException {
        if (magic != MAGIC) {
            throw new IOException("corrupt worker stream (magic " + Integer.toHexString(magic) + ")");
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("corrupt worker stream (frame of " + length + " bytes)");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
