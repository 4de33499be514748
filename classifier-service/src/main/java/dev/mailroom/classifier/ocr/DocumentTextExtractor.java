package dev.mailroom.classifier.ocr;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.contracts.RejectReason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Gets the text out of raw bytes: plain text as is, a digital PDF through its text layer, images and
 * image-only PDFs through OCR of pages rendered at the configured resolution. Sizes are checked before
 * anything is decoded, so a decompression bomb is refused without allocating its pixels.
 */
public final class DocumentTextExtractor {

    private final OcrSettings settings;
    private final TesseractOcr ocr;

    public DocumentTextExtractor(OcrSettings settings, TesseractOcr ocr) {
        this.settings = settings;
        this.ocr = ocr;
    }

    /** Extracts the text of a document; {@link RejectionException} says why it cannot. */
    public ExtractedText extract(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RejectionException(RejectReason.UNREADABLE, "the document is empty");
        }
        ExtractedText extracted =
                switch (ContentKind.sniff(bytes)) {
                    case PDF -> pdf(bytes);
                    case IMAGE -> image(bytes);
                    case TEXT ->
                        new ExtractedText(
                                new String(bytes, StandardCharsets.UTF_8),
                                1,
                                ExtractedText.Method.PLAIN_TEXT,
                                Duration.ZERO);
                    case UNKNOWN ->
                        throw new RejectionException(
                                RejectReason.UNSUPPORTED_TYPE, "neither PDF, image nor UTF-8 text");
                };
        if (extracted.text().isBlank()) {
            throw new RejectionException(
                    RejectReason.UNREADABLE,
                    "no text found in " + extracted.pages() + " page(s) (" + extracted.method() + ")");
        }
        return extracted;
    }

    private ExtractedText pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages > settings.maxPages()) {
                throw new RejectionException(
                        RejectReason.TOO_LARGE, pages + " pages, at most " + settings.maxPages() + " are read");
            }
            String layer = new PDFTextStripper().getText(document);
            if (nonBlank(layer) >= settings.minTextLayerChars()) {
                return new ExtractedText(layer, pages, ExtractedText.Method.TEXT_LAYER, Duration.ZERO);
            }
            PDFRenderer renderer = new PDFRenderer(document);
            StringBuilder text = new StringBuilder();
            long started = System.nanoTime();
            for (int page = 0; page < pages; page++) {
                PDRectangle box = document.getPage(page).getCropBox();
                checkPixels(
                        Math.round(box.getWidth() / 72.0 * settings.dpi()),
                        Math.round(box.getHeight() / 72.0 * settings.dpi()),
                        "page " + (page + 1));
                BufferedImage image = renderer.renderImageWithDPI(page, settings.dpi(), ImageType.GRAY);
                text.append(ocr.recognize(image)).append('\n');
            }
            return new ExtractedText(
                    text.toString(), pages, ExtractedText.Method.OCR, Duration.ofNanos(System.nanoTime() - started));
        } catch (InvalidPasswordException e) {
            throw new RejectionException(RejectReason.ENCRYPTED, "the PDF is password-protected", e);
        } catch (IOException e) {
            throw new RejectionException(RejectReason.UNREADABLE, "not a readable PDF: " + e.getMessage(), e);
        }
    }

    private ExtractedText image(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new RejectionException(RejectReason.UNSUPPORTED_TYPE, "no reader for this image format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkPixels(reader.getWidth(0), reader.getHeight(0), "the image");
                BufferedImage image = reader.read(0);
                long started = System.nanoTime();
                String text = ocr.recognize(image);
                return new ExtractedText(
                        text, 1, ExtractedText.Method.OCR, Duration.ofNanos(System.nanoTime() - started));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectionException
                    || e instanceof OcrBusyException
                    || e instanceof IllegalStateException) {
                throw (RuntimeException) e;
            }
            throw new RejectionException(RejectReason.UNREADABLE, "not a readable image: " + e.getMessage(), e);
        }
    }

    private void checkPixels(long width, long height, String what) {
        if (width <= 0 || height <= 0 || width * height > settings.maxImagePixels()) {
            throw new RejectionException(
                    RejectReason.BOMB,
                    what + " is " + width + "x" + height + " pixels, at most " + settings.maxImagePixels()
                            + " are decoded");
        }
    }

    private static int nonBlank(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
