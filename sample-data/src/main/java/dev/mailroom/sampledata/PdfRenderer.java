package dev.mailroom.sampledata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Renders text as an A4 PDF with a real text layer (standard fonts, word-wrapped, paginated). */
public final class PdfRenderer {

    private static final float MARGIN = 56f;

    private final Standard14Fonts.FontName defaultFont;
    private final float fontSize;

    /** Helvetica at 10.5 pt. */
    public PdfRenderer() {
        this(Standard14Fonts.FontName.HELVETICA, 10.5f);
    }

    /** A renderer with the given standard font and size in points. */
    public PdfRenderer(Standard14Fonts.FontName font, float fontSize) {
        this.defaultFont = font;
        this.fontSize = fontSize;
    }

    /** Renders plain text with the default font. */
    public byte[] render(String text) {
        return render(text, defaultFont, null);
    }

    /** Renders a document; the font varies by document, and title, author and dates come from it. */
    public byte[] render(SampleDocument doc) {
        Standard14Fonts.FontName[] fonts = {
            Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.TIMES_ROMAN, Standard14Fonts.FontName.COURIER
        };
        return render(doc.text(), fonts[Math.floorMod(doc.id().hashCode(), fonts.length)], doc);
    }

    private byte[] render(String text, Standard14Fonts.FontName fontName, SampleDocument doc) {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = font(fontName);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = wrap(sanitize(text, font), font, fontSize, width);
            float leading = fontSize * 1.35f;
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / leading);
            for (int start = 0; start < Math.max(1, lines.size()); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    cs.beginText();
                    cs.setFont(font, fontSize);
                    cs.setLeading(leading);
                    cs.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN - fontSize);
                    for (int i = start; i < Math.min(lines.size(), start + perPage); i++) {
                        cs.showText(lines.get(i));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            describe(pdf, doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<Standard14Fonts.FontName, PDType1Font> FONTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static PDType1Font font(Standard14Fonts.FontName name) {
        // One instance per font: PDFBox logs a fallback-font warning on every construction.
        return FONTS.computeIfAbsent(name, PDType1Font::new);
    }

    /** Fixes metadata and the trailer ID so the same document gives the same bytes. */
    static void describe(PDDocument pdf, SampleDocument doc) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setProducer("mailroom sample-data");
        String key = doc == null ? "mailroom" : doc.id();
        if (doc != null) {
            info.setTitle(doc.subject());
            info.setAuthor(doc.senderName());
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(
                    doc.date().getYear(),
                    doc.date().getMonthValue() - 1,
                    doc.date().getDayOfMonth(),
                    9,
                    0,
                    0);
            info.setCreationDate(created);
        }
        COSArray id = new COSArray();
        byte[] idBytes = String.format("%016x", (long) key.hashCode() * 0x9E3779B97F4A7C15L)
                .getBytes(StandardCharsets.US_ASCII);
        id.add(new COSString(idBytes));
        id.add(new COSString(idBytes));
        pdf.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    private static String sanitize(String text, PDType1Font font) {
        Map<Character, Boolean> ok = new HashMap<>();
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.replace("\t", "    ").replace("\r", "").toCharArray()) {
            if (c == '\n') {
                b.append(c);
                continue;
            }
            boolean encodable = ok.computeIfAbsent(c, ch -> {
                try {
                    font.encode(String.valueOf(ch));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            b.append(encodable ? c : '?');
        }
        return b.toString();
    }

    static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String line = "";
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && textWidth(font, size, candidate) > width) {
                    out.add(line);
                    line = word;
                } else {
                    line = candidate;
                }
                while (textWidth(font, size, line) > width && line.length() > 1) {
                    int cut = line.length() - 1;
                    while (cut > 1 && textWidth(font, size, line.substring(0, cut)) > width) {
                        cut--;
                    }
                    out.add(line.substring(0, cut));
                    line = line.substring(cut);
                }
            }
            out.add(line);
        }
        return out;
    }

    private static float textWidth(PDType1Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }
}
