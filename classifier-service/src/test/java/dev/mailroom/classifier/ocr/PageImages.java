package dev.mailroom.classifier.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Test documents: text rendered to a scan-like page image, digital and image-only PDFs, a pixel bomb. */
public final class PageImages {

    private PageImages() {}

    /** Black serif text on white, 1 px = 1/300 inch, like a 300 dpi scan. */
    public static BufferedImage render(List<String> lines) {
        int width = 2000;
        int height = 120 + lines.size() * 80;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 50));
            int y = 100;
            for (String line : lines) {
                g.drawString(line, 80, y);
                y += 80;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** PNG bytes of {@link #render(List)}. */
    public static byte[] png(List<String> lines) {
        return png(render(lines));
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with a digital text layer. */
    public static byte[] digitalPdf(List<String> lines) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 760);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose pages are only images of the text: what a scanner produces. */
    public static byte[] imageOnlyPdf(List<String> lines, int pages) {
        try (PDDocument document = new PDDocument()) {
            BufferedImage image = render(lines);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(new PDRectangle(image.getWidth() * 72f / 300, image.getHeight() * 72f / 300));
                document.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(
                            xobject,
                            0,
                            0,
                            page.getMediaBox().getWidth(),
                            page.getMediaBox().getHeight());
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tiny PNG whose header claims {@code width x height} pixels: decoding it would allocate them all. */
    public static byte[] pixelBomb(int width, int height) {
        byte[] png = png(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY));
        // IHDR data starts at byte 16: width, height (big-endian ints); its CRC follows the 13 data bytes
        writeInt(png, 16, width);
        writeInt(png, 20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        writeInt(png, 29, (int) crc.getValue());
        return png;
    }

    private static void writeInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
