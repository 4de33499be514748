package dev.mailroom.ingest.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.ingest.Corpus;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    private static MimeMessage parse(byte[] bytes) throws MessagingException {
        return new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
    }

    @Test
    void nestedMultipartYieldsBodyAndEveryAttachment() throws Exception {
        byte[] pdf = Corpus.textPdf(1, "Purchase order 88");

        List<MailPart> parts = MessageSplitter.split(parse(Corpus.nestedMultipartMail(pdf)));

        assertThat(parts).extracting(MailPart::filename).containsExactly(null, "order.pdf", "attached-message.eml");
        MailPart body = parts.get(0);
        assertThat(body.charset()).isEqualToIgnoringCase("ISO-8859-1");
        assertThat(new String(body.bytes(), Charset.forName(body.charset())))
                .isEqualTo("Bitte liefern Sie 10 Stück gemäß Bestellung 88.");
        assertThat(parts.get(1).bytes()).isEqualTo(pdf);
        assertThat(new String(parts.get(2).bytes(), StandardCharsets.US_ASCII))
                .startsWith("From: supplier@example.com")
                .contains("Our offer for 10 units");
    }

    @Test
    void plainTextMessageYieldsOnlyItsBody() throws Exception {
        List<MailPart> parts = MessageSplitter.split(parse(Corpus.eightBitHeaderMail()));

        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).filename()).isNull();
        assertThat(new String(parts.get(0).bytes(), StandardCharsets.UTF_8)).contains("beschädigt");
    }

    @Test
    void htmlOnlyBodyIsTheBodyDocument() throws Exception {
        byte[] mail = ("From: a@example.com\r\nSubject: html\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n"
                        + "--b\r\nContent-Type: text/plain\r\n\r\n \r\n"
                        + "--b\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<p>Angebot f\u00fcr Sie</p>\r\n--b--\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        List<MailPart> parts = MessageSplitter.split(parse(mail));

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.filename()).isNull();
            assertThat(part.charset()).isEqualTo("windows-1252");
            assertThat(new String(part.bytes(), Charset.forName("windows-1252")))
                    .contains("Angebot für Sie");
        });
    }

    @Test
    void blankBodyIsNoDocument() throws Exception {
        byte[] mail = "From: a@example.com\r\nSubject: empty\r\nContent-Type: text/plain\r\n\r\n  \r\n"
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(MessageSplitter.split(parse(mail))).isEmpty();
    }

    @Test
    void missingBoundaryIsBrokenMime() {
        assertThatThrownBy(() -> MessageSplitter.split(parse(Corpus.brokenMimeMail())))
                .isInstanceOf(MessagingException.class);
    }

    @Test
    void headersAreDecodedFromEncodedWordsAndRawUtf8() {
        assertThat(MessageSplitter.header("=?ISO-8859-1?Q?Bestellung_f=FCr_M=E4rz?="))
                .isEqualTo("Bestellung für März");
        String rawUtf8ReadAsLatin1 =
                new String("Beschwerde über".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(MessageSplitter.header(rawUtf8ReadAsLatin1)).isEqualTo("Beschwerde über");
        assertThat(MessageSplitter.header("Grüße")).isEqualTo("Grüße");
    }
}
