package dev.mailroom.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile documents built in code, byte by byte, for the regression suites of every service that parses
 * untrusted files: the kinds of file that crashed, hung or exhausted a parser on real third-party corpora
 * (recursive Type3 glyphs, page-tree loops, pixel bombs, archive bombs, garbage behind a PDF header).
 * Each is small on disk; what makes it hostile is what a reader does with it. Deterministic (fixed seeds).
 */
public final class HostileDocuments {

    private HostileDocuments() {}

    /** One hostile file: a name for reports and assertions, and its bytes. */
    public record Hostile(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    /**
     * A one-page PDF whose only text is drawn with a Type3 font whose glyph procedure shows text in the same
     * font and fills with a tiling pattern whose cell shows that glyph again: rendering recurses without end
     * (the file that overflowed PDFBox's stack on the scanned route).
     */
    public static byte[] recursiveType3Pdf() {
        RawPdf pdf = RawPdf.onePage();
        int content = RawPdf.CONTENT;
        int font = pdf.reserve();
        int glyph = pdf.reserve();
        int pattern = pdf.reserve();
        pdf.page("0 0 612 792", "/Font << /F1 " + font + " 0 R >>");
        pdf.stream(content, "", "BT /F1 48 Tf 72 600 Td (a) Tj ET");
        pdf.object(
                font,
                "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
                        + " /CharProcs << /a " + glyph + " 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >>"
                        + " /FirstChar 97 /LastChar 97 /Widths [1000]"
                        + " /Resources << /Font << /F1 " + font + " 0 R >> /Pattern << /P1 " + pattern
                        + " 0 R >> >> >>");
        pdf.stream(glyph, "", "1000 0 d0 /Pattern cs /P1 scn 0 0 1000 1000 re f BT /F1 900 Tf 50 50 Td (aa) Tj ET");
        pdf.stream(
                pattern,
                "/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 100 100] /XStep 100 /YStep 100"
                        + " /Resources << /Font << /F1 " + font + " 0 R >> /Pattern << /P1 " + pattern + " 0 R >> >>",
                "/Pattern cs /P1 scn 0 0 100 100 re f BT /F1 90 Tf 5 5 Td (a) Tj ET");
        return pdf.finish();
    }

    /**
     * A one-page PDF whose text uses a chain of {@code depth} distinct Type3 fonts, each glyph drawn with the
     * next font: no cycle, but a nesting as deep as the chain.
     */
    public static byte[] deeplyNestedType3Pdf(int depth) {
        RawPdf pdf = RawPdf.onePage();
        int content = RawPdf.CONTENT;
        int[] fonts = new int[depth];
        int[] glyphs = new int[depth];
        for (int i = 0; i < depth; i++) {
            fonts[i] = pdf.reserve();
            glyphs[i] = pdf.reserve();
        }
        pdf.page("0 0 612 792", "/Font << /F " + fonts[0] + " 0 R >>");
        pdf.stream(content, "", "BT /F 48 Tf 72 600 Td (a) Tj ET");
        for (int i = 0; i < depth; i++) {
            String next = i + 1 < depth ? " /Resources << /Font << /F " + fonts[i + 1] + " 0 R >> >>" : "";
            pdf.object(
                    fonts[i],
                    "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
                            + " /CharProcs << /a " + glyphs[i] + " 0 R >>"
                            + " /Encoding << /Type /Encoding /Differences [97 /a] >>"
                            + " /FirstChar 97 /LastChar 97 /Widths [1000]" + next + " >>");
            String draw = i + 1 < depth ? "BT /F 1000 Tf 0 0 Td (a) Tj ET" : "0 0 1000 1000 re f";
            pdf.stream(glyphs[i], "", "1000 0 d0 " + draw);
        }
        return pdf.finish();
    }

    /** A PDF whose page tree loops: an intermediate Pages node lists the root as its kid. */
    public static byte[] pageTreeLoopPdf() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int root = pdf.reserve();
        int page = pdf.reserve();
        int middle = pdf.reserve();
        int content = pdf.reserve();
        pdf.object(catalog, "<< /Type /Catalog /Pages " + root + " 0 R >>");
        pdf.object(root, "<< /Type /Pages /Kids [" + page + " 0 R " + middle + " 0 R] /Count 3 >>");
        pdf.object(
                page,
                "<< /Type /Page /Parent " + root + " 0 R /MediaBox [0 0 612 792] /Contents " + content + " 0 R >>");
        pdf.object(middle, "<< /Type /Pages /Parent " + root + " 0 R /Kids [" + root + " 0 R] /Count 2 >>");
        pdf.stream(content, "", "0 0 0 rg 72 72 100 100 re f");
        return pdf.finish(catalog);
    }

    /**
     * A one-page PDF (A4, within every page-size limit) that draws an image XObject declaring {@code side} x
     * {@code side} 8-bit grey pixels, from a few kilobytes of deflated data.
     */
    public static byte[] hugeImagePdf(int side) {
        RawPdf pdf = RawPdf.onePage();
        int content = RawPdf.CONTENT;
        int image = pdf.reserve();
        pdf.page("0 0 595 842", "/XObject << /Im1 " + image + " 0 R >>");
        pdf.stream(content, "", "q 500 0 0 700 40 60 cm /Im1 Do Q");
        byte[] pixels = deflate(new byte[64 * 1024]);
        pdf.stream(
                image,
                "/Type /XObject /Subtype /Image /Width " + side + " /Height " + side
                        + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
                pixels);
        return pdf.finish();
    }

    /**
     * A one-page PDF whose content stream inflates to about {@code expandedBytes} of text-showing operators
     * ({@code (x) Tj}): tiny on disk, millions of operators for any reader that extracts or renders the page.
     */
    public static byte[] operatorBombPdf(int expandedBytes) {
        RawPdf pdf = RawPdf.onePage();
        int content = RawPdf.CONTENT;
        int font = pdf.reserve();
        pdf.page("0 0 612 792", "/Font << /F1 " + font + " 0 R >>");
        pdf.object(font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        byte[] operator = "(x) Tj\n".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater =
                new DeflaterOutputStream(stream, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflater.write("BT /F1 1 Tf 72 700 Td\n".getBytes(StandardCharsets.ISO_8859_1));
            byte[] block = new byte[operator.length * 4096];
            for (int i = 0; i < 4096; i++) {
                System.arraycopy(operator, 0, block, i * operator.length, operator.length);
            }
            for (long written = 0; written < expandedBytes; written += block.length) {
                deflater.write(block);
            }
            deflater.write("ET\n".getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pdf.stream(content, "/Filter /FlateDecode", stream.toByteArray());
        return pdf.finish();
    }

    /** A PNG whose header declares {@code width} x {@code height} pixels over one tiny deflated row. */
    public static byte[] pixelBombPng(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        pngChunk(out, "IHDR", ihdr.array());
        pngChunk(out, "IDAT", deflate(new byte[4096]));
        pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A TIFF bomb: a few hundred bytes whose one image file directory declares {@code side} x {@code side}
     * 8-bit grey pixels in a single deflated strip.
     */
    public static byte[] tiffBomb(int side) {
        byte[] strip = deflate(new byte[16 * 1024]);
        int entries = 9;
        int ifdOffset = 8;
        int ifdSize = 2 + entries * 12 + 4;
        int stripOffset = ifdOffset + ifdSize;
        ByteBuffer tiff = ByteBuffer.allocate(stripOffset + strip.length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifdOffset);
        tiff.putShort((short) entries);
        tiffEntry(tiff, 256, 4, side); // ImageWidth (LONG)
        tiffEntry(tiff, 257, 4, side); // ImageLength
        tiffEntry(tiff, 258, 3, 8); // BitsPerSample
        tiffEntry(tiff, 259, 3, 8); // Compression: Deflate
        tiffEntry(tiff, 262, 3, 1); // Photometric: BlackIsZero
        tiffEntry(tiff, 273, 4, stripOffset); // StripOffsets
        tiffEntry(tiff, 277, 3, 1); // SamplesPerPixel
        tiffEntry(tiff, 278, 4, side); // RowsPerStrip
        tiffEntry(tiff, 279, 4, strip.length); // StripByteCounts
        tiff.putInt(0);
        tiff.put(strip);
        return tiff.array();
    }

    /** Random bytes (seeded) behind a PDF header: a reader sees a PDF and finds nothing it can parse. */
    public static byte[] garbageWithPdfHeader(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    /**
     * A PDF whose only object is an array nested {@code depth} deep ({@code [[[[...]]]]}): a recursive-descent
     * parser without a depth limit overflows its stack.
     */
    public static byte[] deeplyNestedArrayPdf(int depth) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int pages = pdf.reserve();
        int page = pdf.reserve();
        int deep = pdf.reserve();
        pdf.object(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
        pdf.object(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.object(
                page, "<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Annots " + deep + " 0 R >>");
        pdf.object(deep, "[".repeat(depth) + "]".repeat(depth));
        return pdf.finish(catalog);
    }

    /**
     * A zip nested {@code depth} levels deep (a zip holding a zip holding ...), the innermost holding a small
     * text document.
     */
    public static byte[] nestedZip(int depth) {
        byte[] inner = zip("invoice.txt", "Invoice number 4711, amount due 1250 EUR".getBytes(StandardCharsets.UTF_8));
        for (int level = 1; level < depth; level++) {
            inner = zip("level-" + level + ".zip", inner);
        }
        return inner;
    }

    /** A zip bomb: one entry of {@code expandedBytes} zero bytes, deflated to about a thousandth of that. */
    public static byte[] zipBomb(long expandedBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < expandedBytes; written += block.length) {
                zip.write(block, 0, (int) Math.min(block.length, expandedBytes - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip bomb inside {@code depth - 1} zips: each layer is small, the expansion is in the innermost. */
    public static byte[] nestedZipBomb(int depth, long expandedBytes) {
        byte[] inner = zipBomb(expandedBytes);
        for (int level = 1; level < depth; level++) {
            inner = zip("level-" + level + ".zip", inner);
        }
        return inner;
    }

    /** Every hostile PDF and image of this class, with the sizes the suites use. */
    public static List<Hostile> pdfsAndImages() {
        List<Hostile> all = new ArrayList<>();
        all.add(new Hostile("recursive-type3-with-tiling-pattern.pdf", recursiveType3Pdf()));
        all.add(new Hostile("type3-nested-3000-deep.pdf", deeplyNestedType3Pdf(3000)));
        all.add(new Hostile("page-tree-loop.pdf", pageTreeLoopPdf()));
        all.add(new Hostile("image-100000x100000.pdf", hugeImagePdf(100_000)));
        all.add(new Hostile("png-100000x100000.png", pixelBombPng(100_000, 100_000)));
        all.add(new Hostile("tiff-bomb-100000x100000.tif", tiffBomb(100_000)));
        all.add(new Hostile("nested-array-100000-deep.pdf", deeplyNestedArrayPdf(100_000)));
        all.add(new Hostile("garbage-with-pdf-header.pdf", garbageWithPdfHeader(64 * 1024, 14)));
        return all;
    }

    private static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflater.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void tiffEntry(ByteBuffer tiff, int tag, int type, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(1);
        if (type == 3) {
            tiff.putShort((short) value).putShort((short) 0);
        } else {
            tiff.putInt(value);
        }
    }

    /** Writes numbered PDF objects and a correct cross-reference table, so readers take the file as intended. */
    private static final class RawPdf {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        RawPdf() {
            write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        }

        /** Object number of a one-page document's content stream ({@link #onePage()}). */
        static final int CONTENT = 4;

        /**
         * A one-page document: objects 1 to 4 are reserved for its catalog, page tree, page and content stream;
         * {@link #page} writes the first three.
         */
        static RawPdf onePage() {
            RawPdf pdf = new RawPdf();
            for (int i = 0; i < CONTENT; i++) {
                pdf.reserve();
            }
            return pdf;
        }

        /** The catalog, page tree and single page of {@link #onePage()}, with the page's media box and resources. */
        void page(String mediaBox, String resources) {
            object(1, "<< /Type /Catalog /Pages 2 0 R >>");
            object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            object(
                    3,
                    "<< /Type /Page /Parent 2 0 R /MediaBox [" + mediaBox + "] /Contents " + CONTENT
                            + " 0 R /Resources << " + resources + " >> >>");
        }

        /** The finished document of {@link #onePage()}: its catalog is object 1. */
        byte[] finish() {
            return finish(1);
        }

        int reserve() {
            offsets.add(-1);
            return offsets.size();
        }

        void object(int number, String body) {
            offsets.set(number - 1, out.size());
            write(number + " 0 obj\n" + body + "\nendobj\n");
        }

        void stream(int number, String dictionaryEntries, String content) {
            stream(number, dictionaryEntries, content.getBytes(StandardCharsets.ISO_8859_1));
        }

        void stream(int number, String dictionaryEntries, byte[] content) {
            offsets.set(number - 1, out.size());
            write(number + " 0 obj\n<< " + dictionaryEntries + " /Length " + content.length + " >>\nstream\n");
            out.writeBytes(content);
            write("\nendstream\nendobj\n");
        }

        byte[] finish(int catalog) {
            int xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            for (int offset : offsets) {
                table.append(String.format("%010d 00000 n \n", Math.max(offset, 0)));
            }
            table.append("trailer\n<< /Size ")
                    .append(offsets.size() + 1)
                    .append(" /Root ")
                    .append(catalog)
                    .append(" 0 R >>\nstartxref\n")
                    .append(xref)
                    .append("\n%%EOF\n");
            write(table.toString());
            return out.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
