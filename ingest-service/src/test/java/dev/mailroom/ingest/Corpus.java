package dev.mailroom.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds the test corpus of good and nasty documents in memory, deterministically. */
public final class Corpus {

    public static final String INVOICE_TEXT = "Invoice 4711 for consulting services, total 1200 EUR, due in 30 days";

    private Corpus() {}

    /** A digital PDF with {@code pages} pages of text. */
    public static byte[] textPdf(int pages, String text) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text + " (page " + (i + 1) + ")");
                    content.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned-looking PDF: one page with an image and no text layer. */
    public static byte[] imageOnlyPdf() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document, image());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 72, 400, 300, 150);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that needs a user password to open. */
    public static byte[] encryptedPdf() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of a text PDF, as an interrupted transfer leaves it. */
    public static byte[] truncatedPdf() {
        byte[] pdf = textPdf(2, INVOICE_TEXT);
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    /** A DOCX with the given paragraphs. */
    public static byte[] docx(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTML page. */
    public static byte[] html(String body) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Offer</title></head><body><h1>Offer</h1><p>"
                        + body + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Text in a given charset. */
    public static byte[] text(String text, Charset charset) {
        return text.getBytes(charset);
    }

    /** A PNG image. */
    public static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image(), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip whose one entry of zeros expands {@code expandedMegabytes} MiB from a few KiB. */
    public static byte[] zipBomb(int expandedMegabytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < expandedMegabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ordinary small zip archive (an unsupported type). */
    public static byte[] zip() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Random-looking binary of no known type. */
    public static byte[] binary(int size) {
        byte[] bytes = new byte[size];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < size; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            bytes[i] = (byte) x;
        }
        bytes[0] = 0x01;
        bytes[1] = 0x7F;
        return bytes;
    }

    /** A complaint e-mail whose Subject and From name are raw 8-bit UTF-8, not RFC 2047 encoded. */
    public static byte[] eightBitHeaderMail() {
        String mail = "From: Jürgen Müller <juergen@example.de>\r\n"
                + "To: inbox@mailroom.test\r\n"
                + "Subject: Beschwerde über Lieferung\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + "Sehr geehrte Damen und Herren, die Lieferung kam beschädigt an. Ich möchte mich beschweren.\r\n";
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A nested multipart message: mixed[alternative[plain (ISO-8859-1, quoted-printable), html], PDF
     * attachment, attached message/rfc822 with its own body].
     */
    public static byte[] nestedMultipartMail(byte[] pdf) {
        String b64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pdf);
        String mail = "From: buyer@example.com\r\n"
                + "To: inbox@mailroom.test\r\n"
                + "Subject: =?ISO-8859-1?Q?Bestellung_f=FCr_M=E4rz?=\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
                + "\r\n"
                + "--outer\r\n"
                + "Content-Type: multipart/alternative; boundary=\"inner\"\r\n"
                + "\r\n"
                + "--inner\r\n"
                + "Content-Type: text/plain; charset=ISO-8859-1\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "\r\n"
                + "Bitte liefern Sie 10 St=FCck gem=E4=DF Bestellung 88.\r\n"
                + "--inner\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n"
                + "\r\n"
                + "<p>Bitte liefern Sie 10 St&uuml;ck</p>\r\n"
                + "--inner--\r\n"
                + "--outer\r\n"
                + "Content-Type: application/octet-stream; name=\"order.bin\"\r\n"
                + "Content-Disposition: attachment; filename=\"order.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + b64 + "\r\n"
                + "--outer\r\n"
                + "Content-Type: message/rfc822\r\n"
                + "\r\n"
                + "From: supplier@example.com\r\n"
                + "Subject: Angebot\r\n"
                + "Content-Type: text/plain; charset=us-ascii\r\n"
                + "\r\n"
                + "Our offer for 10 units: 990 EUR.\r\n"
                + "--outer--\r\n";
        return mail.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A message whose multipart boundary never appears: broken MIME. */
    public static byte[] brokenMimeMail() {
        String mail = "From: broken@example.com\r\n"
                + "Subject: broken\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed\r\n"
                + "\r\n"
                + "no boundary parameter and no parts\r\n";
        return mail.getBytes(StandardCharsets.US_ASCII);
    }

    private static BufferedImage image() {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLACK);
        g.fillRect(20, 40, 160, 8);
        g.dispose();
        return image;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
