package dev.mailroom.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class EmlWriterTest {

    private static final SampleDocument DOC = new SampleGenerator(21).document(2);

    private static MimeMessage parse(byte[] eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    @Test
    void bodyModeCarriesTheTextAndTheHeaders() throws Exception {
        MimeMessage m = parse(new EmlWriter().write(DOC, EmlWriter.Mode.BODY));
        assertThat(m.getSubject()).isEqualTo(DOC.subject());
        assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo(DOC.senderEmail());
        assertThat(((InternetAddress) m.getFrom()[0]).getPersonal()).isEqualTo(DOC.senderName());
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo(DOC.recipientEmail());
        assertThat(m.getMessageID()).isEqualTo("<" + DOC.id() + "@samples.mailroom.invalid>");
        assertThat(m.getSentDate()).isNotNull();
        assertThat(((String) m.getContent()).replace("\r\n", "\n")).isEqualTo(DOC.text());
    }

    @Test
    void pdfAttachmentModeAttachesAPdfWhoseTextIsTheDocument() throws Exception {
        MimeMessage m = parse(new EmlWriter().write(DOC, EmlWriter.Mode.PDF_ATTACHMENT));
        Multipart mp = (Multipart) m.getContent();
        assertThat(mp.getCount()).isEqualTo(2);
        Part attachment = mp.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo(DOC.baseName() + ".pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        try (InputStream in = attachment.getInputStream()) {
            assertThat(PdfRendererTest.squash(PdfRendererTest.extract(in.readAllBytes())))
                    .isEqualTo(PdfRendererTest.squash(DOC.text()));
        }
    }

    @Test
    void bodyAndPdfModeHasBoth() throws Exception {
        Multipart mp = (Multipart)
                parse(new EmlWriter().write(DOC, EmlWriter.Mode.BODY_AND_PDF)).getContent();
        assertThat(((String) mp.getBodyPart(0).getContent()).replace("\r\n", "\n"))
                .isEqualTo(DOC.text());
        assertThat(mp.getBodyPart(1).getFileName()).endsWith(".pdf");
    }

    @Test
    void scanAttachmentModeAttachesAReadablePng() throws Exception {
        Multipart mp = (Multipart) parse(new EmlWriter().write(DOC, EmlWriter.Mode.SCAN_ATTACHMENT))
                .getContent();
        Part png = mp.getBodyPart(1);
        assertThat(png.getContentType()).startsWith("image/png");
        try (InputStream in = png.getInputStream()) {
            assertThat(ImageIO.read(in).getWidth()).isEqualTo(ScanRenderer.PAGE_WIDTH);
        }
    }

    @Test
    void sameDocumentGivesTheSameBytes() {
        EmlWriter writer = new EmlWriter();
        assertThat(writer.write(DOC, EmlWriter.Mode.PDF_ATTACHMENT))
                .isEqualTo(writer.write(DOC, EmlWriter.Mode.PDF_ATTACHMENT));
    }

    @Test
    void defaultModesMixBodiesAndAttachments() {
        java.util.Map<EmlWriter.Mode, Long> modes = new SampleGenerator(1)
                .generate(400).stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                EmlWriter::modeFor, java.util.stream.Collectors.counting()));
        assertThat(modes.keySet()).containsExactlyInAnyOrder(EmlWriter.Mode.values());
        assertThat(modes.get(EmlWriter.Mode.BODY)).isGreaterThan(100);
    }
}
