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
public final class DocumentTextExtractor implements TextExtractor {

    private final OcrSettings settings;
    private final TesseractOcr ocr;

    public DocumentTextExtractor(OcrSettings settings, TesseractOcr ocr) {
        this.settings = settings;
        this.ocr = ocr;
    }

    /** Extracts the text of a document in this JVM; {@link RejectionException} says why it cannot. */
    @Override
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
        try (PDDocument document = parsing("the PDF", () -> Loader.loadPDF(bytes))) {
            int pages = parsing("the PDF", document::getNumberOfPages);
            if (pages > settings.maxPages()) {
                throw new RejectionException(
                        RejectReason.TOO_LARGE, pages + " pages, at most " + settings.maxPages() + " are read");
            }
            String layer = parsing("the PDF text layer", () -> new PDFTextStripper().getText(document));
            if (nonBlank(layer) >= settings.minTextLayerChars()) {
                return new ExtractedText(layer, pages, ExtractedText.Method.TEXT_LAYER, Duration.ZERO);
            }
            PDFRenderer renderer = new PDFRenderer(document);
            StringBuilder text = new StringBuilder();
            long started = System.nanoTime();
            for (int page = 0; page < pages; page++) {
                int index = page;
                String what = "page " + (page + 1);
                PDRectangle box = parsing(what, () -> document.getPage(index).getCropBox());
                checkPixels(
                        Math.round(box.getWidth() / 72.0 * settings.dpi()),
                        Math.round(box.getHeight() / 72.0 * settings.dpi()),
                        what);
                BufferedImage image =
                        parsing(what, () -> renderer.renderImageWithDPI(index, settings.dpi(), ImageType.GRAY));
                text.append(ocr.recognize(image)).append('\n');
            }
            return new ExtractedText(
                    text.toString(), pages, ExtractedText.Method.OCR, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new RejectionException(RejectReason.UNREADABLE, "not a readable PDF: " + e.getMessage(), e);
        }
    }

    private ExtractedText image(byte[] bytes) {
        BufferedImage image = parsing("the image", () -> decodeImage(bytes));
        long started = System.nanoTime();
        String text = ocr.recognize(image);
        return new ExtractedText(text, 1, ExtractedText.Method.OCR, Duration.ofNanos(System.nanoTime() - started));
    }

    private BufferedImage decodeImage(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new RejectionException(RejectReason.UNSUPPORTED_TYPE, "no reader for this image format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkPixels(reader.getWidth(0), reader.getHeight(0), "the image");
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Runs one step of a parser (PDFBox, ImageIO) over untrusted bytes: whatever it throws, {@link Error}s
     * included, costs this document only. A {@link StackOverflowError} (recursive Type3 glyphs or patterns,
     * deeply nested objects) unwinds to here with the stack, an {@link OutOfMemoryError} frees what the
     * document allocated; both, and every runtime exception of the parser, reject the document as {@code
     * unreadable}. Our own rejections pass through.
     */
    private static <T> T parsing(String what, ParserStep<T> step) {
        try {
            return step.run();
        } catch (RejectionException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new RejectionException(RejectReason.ENCRYPTED, "the PDF is password-protected", e);
        } catch (IOException e) {
            throw new RejectionException(RejectReason.UNREADABLE, "could not read " + what + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new RejectionException(
                    RejectReason.UNREADABLE,
                    "reading " + what + " overflowed the stack (recursive or too deeply nested content)",
                    e);
        } catch (OutOfMemoryError e) {
            throw new RejectionException(
                    RejectReason.UNREADABLE, "reading " + what + " ran out of memory: " + e.getMessage(), e);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            throw new RejectionException(RejectReason.UNREADABLE, "could not read " + what + ": " + e, e);
        }
    }

    /** A parser call over the document's bytes. */
    @FunctionalInterface
    private interface ParserStep<T> {
        T run() throws IOException;
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
