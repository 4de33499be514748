package dev.mailroom.ingest.extraction;

import dev.mailroom.contracts.RejectReason;
import dev.mailroom.ingest.pipeline.Analysis;
import dev.mailroom.ingest.pipeline.RejectedContentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Page count and text layer of a PDF (PDFBox); encrypted, truncated and over-long PDFs are refused, and the
 * text extraction stops at the document's deadline.
 */
final class PdfExtractor {

    static final String PDF = "application/pdf";
    /** A complete PDF ends with {@code %%EOF}, possibly followed by a little trailing garbage. */
    private static final int EOF_SEARCH_WINDOW = 4096;

    private final ExtractionLimits limits;

    PdfExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    Analysis extract(byte[] bytes) {
        return extract(bytes, Deadline.none());
    }

    /** Extracts, checking {@code deadline} on every page and every 1024 content-stream operators. */
    Analysis extract(byte[] bytes, Deadline deadline) {
        if (!endsWithEofMarker(bytes)) {
            throw new RejectedContentException(
                    RejectReason.MALFORMED, "truncated PDF: no %%EOF marker at the end of the file");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new RejectedContentException(RejectReason.MALFORMED, "PDF without pages");
            }
            if (pages > limits.maxPdfPages()) {
                throw new RejectedContentException(
                        RejectReason.TOO_LARGE, "PDF of " + pages + " pages, at most " + limits.maxPdfPages());
            }
            PDFTextStripper stripper = new TimeLimitedStripper(deadline);
            String text = stripper.getText(document);
            if (text.length() > limits.maxTextChars()) {
                text = text.substring(0, limits.maxTextChars());
            }
            long visible =
                    text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
            boolean textLayer = visible > 0 && visible >= (long) limits.minCharsPerPage() * pages;
            return new Analysis(PDF, textLayer ? text.strip() : null, textLayer, pages);
        } catch (InvalidPasswordException e) {
            throw new RejectedContentException(RejectReason.ENCRYPTED, "password-protected PDF", e);
        } catch (IOException e) {
            throw new RejectedContentException(RejectReason.MALFORMED, "corrupt PDF: " + e.getMessage(), e);
        } catch (IllegalStateException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            // PDFBox's answers to inconsistent structure, e.g. "Possible recursion found" in a looping page tree
            throw new RejectedContentException(RejectReason.MALFORMED, "corrupt PDF: " + e, e);
        }
    }

    /** A text stripper that stops at the deadline: per page, and every 1024 operators within a page. */
    private static final class TimeLimitedStripper extends PDFTextStripper {
        private final Deadline deadline;
        private int operators;

        TimeLimitedStripper(Deadline deadline) {
            this.deadline = deadline;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            deadline.check();
            super.startPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ((++operators & 1023) == 0) {
                deadline.check();
            }
            super.processOperator(operator, operands);
        }
    }

    private static boolean endsWithEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_SEARCH_WINDOW);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }
}
