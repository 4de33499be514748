package dev.mailroom.sampledata;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders text as scanned A4 pages: 300 dpi greyscale with a slight skew, speckle noise and blur, still
 * readable by OCR. Output as PNG (one per page) or as an image-only PDF without a text layer.
 *
 * <p>The look of a page depends only on the seed and the text, so the same input gives the same bytes.
 */
public final class ScanRenderer {

    /** Resolution of the rendered pages. */
    public static final int DPI = 300;

    /** A4 width in pixels at {@link #DPI}. */
    public static final int PAGE_WIDTH = 2480;

    /** A4 height in pixels at {@link #DPI}. */
    public static final int PAGE_HEIGHT = 3508;

    private static final int MARGIN = 236; // 2 cm

    private final long seed;

    /** A renderer whose skew and noise are drawn from {@code seed} and the text. */
    public ScanRenderer(long seed) {
        this.seed = seed;
    }

    /** The first page as a 300 dpi PNG. */
    public byte[] renderPng(String text) {
        return png(renderPages(text).get(0));
    }

    /** Every page as a 300 dpi PNG. */
    public List<byte[]> renderPngPages(String text) {
        List<byte[]> pngs = new ArrayList<>();
        for (BufferedImage page : renderPages(text)) {
            pngs.add(png(page));
        }
        return pngs;
    }

    /** All pages as an image-only PDF (JPEG page images, no text layer). */
    public byte[] renderImagePdf(String text) {
        return imagePdf(renderPages(text), null);
    }

    /** All pages of a document as an image-only PDF carrying the document's metadata. */
    public byte[] renderImagePdf(SampleDocument doc) {
        return imagePdf(renderPages(doc.text()), doc);
    }

    /** The scanned pages as greyscale images of {@link #PAGE_WIDTH} x {@link #PAGE_HEIGHT}. */
    public List<BufferedImage> renderPages(String text) {
        Dice dice = new Dice(Dice.mix(seed, text.hashCode()));
        Font font = font(dice).deriveFont((float) (dice.between(44, 50)));
        List<BufferedImage> pages = new ArrayList<>();
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics metrics = pg.getFontMetrics(font);
        pg.dispose();
        List<String> lines = wrap(text.replace("\t", "    "), metrics, PAGE_WIDTH - 2 * MARGIN);
        int leading = (int) (metrics.getHeight() * 1.25);
        int perPage = (PAGE_HEIGHT - 2 * MARGIN) / leading;
        for (int start = 0; start < Math.max(1, lines.size()); start += perPage) {
            List<String> pageLines =
                    lines.subList(Math.min(start, lines.size()), Math.min(lines.size(), start + perPage));
            pages.add(scan(draw(pageLines, font, leading, dice), dice));
        }
        return pages;
    }

    private static BufferedImage draw(List<String> lines, Font font, int leading, Dice dice) {
        BufferedImage img = new BufferedImage(PAGE_WIDTH, PAGE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(gray(dice.between(238, 252))));
        g.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        int ink = dice.between(10, 60);
        g.setColor(new Color(gray(ink)));
        int x = MARGIN + dice.between(-30, 30);
        int y = MARGIN + dice.between(-20, 40) + g.getFontMetrics().getAscent();
        for (String line : lines) {
            g.drawString(line, x, y);
            y += leading;
        }
        g.dispose();
        return img;
    }

    private static BufferedImage scan(BufferedImage page, Dice dice) {
        double degrees = (dice.chance(0.5) ? 1 : -1) * (0.15 + dice.unit() * 0.9);
        BufferedImage rotated = new BufferedImage(PAGE_WIDTH, PAGE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = rotated.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t =
                AffineTransform.getRotateInstance(Math.toRadians(degrees), PAGE_WIDTH / 2.0, PAGE_HEIGHT / 2.0);
        g.drawImage(page, new AffineTransformOp(t, AffineTransformOp.TYPE_BILINEAR), 0, 0);
        g.dispose();
        float[] blur = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
        BufferedImage blurred =
                new ConvolveOp(new Kernel(3, 3, blur), ConvolveOp.EDGE_NO_OP, null).filter(rotated, null);
        // Speckles: dust and toner dots, plus a faint streak where the scanner glass was dirty.
        int speckles = dice.between(200, 1200);
        for (int i = 0; i < speckles; i++) {
            int sx = dice.below(PAGE_WIDTH - 3);
            int sy = dice.below(PAGE_HEIGHT - 3);
            int v = dice.chance(0.8) ? dice.between(0, 120) : 255;
            int size = dice.chance(0.85) ? 1 : 2;
            for (int dx = 0; dx < size; dx++) {
                for (int dy = 0; dy < size; dy++) {
                    blurred.getRaster().setSample(sx + dx, sy + dy, 0, v);
                }
            }
        }
        if (dice.chance(0.4)) {
            int streakX = dice.below(PAGE_WIDTH);
            int v = dice.between(200, 230);
            for (int sy = 0; sy < PAGE_HEIGHT; sy++) {
                blurred.getRaster()
                        .setSample(streakX, sy, 0, Math.min(blurred.getRaster().getSample(streakX, sy, 0), v));
            }
        }
        return blurred;
    }

    private static int gray(int v) {
        return (v << 16) | (v << 8) | v;
    }

    private static Font font(Dice dice) {
        return dice.pick(FONTS);
    }

    /** LiberationSans (always there) plus common installed families, looked up once. */
    private static final List<Font> FONTS = fonts();

    private static List<Font> fonts() {
        List<Font> fonts = new ArrayList<>();
        fonts.add(loadLiberationSans());
        List<String> installed = Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
        for (String family : List.of("DejaVu Serif", "DejaVu Sans", "Liberation Serif", "DejaVu Sans Mono")) {
            if (installed.contains(family)) {
                fonts.add(new Font(family, Font.PLAIN, 12));
            }
        }
        return List.copyOf(fonts);
    }

    private static Font loadLiberationSans() {
        // PDFBox ships this TrueType font; using it keeps rendering independent of installed fonts.
        try (InputStream in =
                PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && metrics.stringWidth(candidate) > width) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Encodes an image as PNG with a pHYs chunk saying 300 dpi. */
    static byte[] png(BufferedImage image) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            String ppm = Integer.toString((int) Math.round(DPI / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, meta), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] imagePdf(List<BufferedImage> pages, SampleDocument doc) {
        try (PDDocument pdf = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDImageXObject x = JPEGFactory.createFromImage(pdf, image, 0.8f, DPI);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            PdfRenderer.describe(pdf, doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
