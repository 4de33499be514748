package dev.mailroom.ingest.imap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.ingest.Corpus;
import dev.mailroom.ingest.extraction.ExtractionLimits;
import dev.mailroom.ingest.extraction.TikaContentAnalyzer;
import dev.mailroom.ingest.pipeline.EventPublisher;
import dev.mailroom.ingest.pipeline.IngestPipeline;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The IMAP channel over TLS (GreenMail IMAPS, self-signed certificate) with moving of handled messages. */
class ImapTlsIT {

    private final GreenMail mail = new GreenMail(ServerSetupTest.IMAPS.dynamicPort());
    private final TikaContentAnalyzer analyzer = new TikaContentAnalyzer(ExtractionLimits.defaults());
    private final List<DocumentIngested> produced = new ArrayList<>();
    private final List<DocumentRejected> rejected = new ArrayList<>();
    private final List<Long> stored = new ArrayList<>();

    @AfterEach
    void stop() {
        mail.stop();
        analyzer.close();
    }

    @Test
    void messagesAreReadOverTlsAndMovedToTheProcessedFolderAfterDelivery() throws Exception {
        mail.start();
        GreenMailUser user = mail.setUser("tls@mailroom.test", "tls", "secret");
        user.deliver(new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(Corpus.eightBitHeaderMail())));
        ImapProperties properties = properties(DataSize.ofMegabytes(2));

        int handled = new MailboxPoller(pipeline(), properties).poll();

        assertThat(handled).isEqualTo(1);
        assertThat(produced).singleElement().satisfies(event -> {
            assertThat(event.source().subject()).isEqualTo("Beschwerde über Lieferung");
            assertThat(event.text()).contains("beschädigt");
        });
        assertThat(count(properties, "INBOX")).isZero();
        assertThat(count(properties, "Processed")).isEqualTo(1);
        assertThat(new MailboxPoller(pipeline(), properties).poll())
                .as("nothing left")
                .isZero();
        assertThat(produced).hasSize(1);
        assertThat(rejected).isEmpty();
    }

    @Test
    void messageOverTheMessageLimitIsStoredWholeAndRejectedAsTooLarge() throws Exception {
        mail.start();
        GreenMailUser user = mail.setUser("tls@mailroom.test", "tls", "secret");
        MimeMessage big = new MimeMessage(Session.getInstance(new Properties()));
        big.setFrom("scanner@example.com");
        big.setSubject("scan batch");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setContent(Corpus.binary(300_000), "application/octet-stream");
        attachment.setFileName("batch.bin");
        big.setContent(new MimeMultipart(attachment));
        big.saveChanges();
        user.deliver(big);
        ImapProperties properties = properties(DataSize.ofKilobytes(200));

        assertThat(new MailboxPoller(pipeline(), properties).poll()).isEqualTo(1);

        assertThat(produced).isEmpty();
        assertThat(rejected).singleElement().satisfies(event -> {
            assertThat(event.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(event.source().subject()).isEqualTo("scan batch");
            assertThat(event.source().sender()).isEqualTo("scanner@example.com");
        });
        assertThat(stored).singleElement().satisfies(size -> assertThat(size).isGreaterThan(400_000L));
        assertThat(count(properties, "Processed")).isEqualTo(1);
    }

    private ImapProperties properties(DataSize maxMessageSize) {
        return new ImapProperties(
                true,
                "127.0.0.1",
                mail.getImaps().getPort(),
                true,
                "*",
                "tls",
                "secret",
                "INBOX",
                "Processed",
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                DataSize.ofMegabytes(1),
                maxMessageSize,
                10);
    }

    private IngestPipeline pipeline() {
        EventPublisher publisher = new EventPublisher() {
            @Override
            public void ingested(DocumentIngested event) {
                produced.add(event);
            }

            @Override
            public void rejected(DocumentRejected event) {
                rejected.add(event);
            }
        };
        return new IngestPipeline(
                analyzer,
                (receivedAt, id, content, sha) -> {
                    stored.add(content.size());
                    return "s3://bucket/raw/" + id;
                },
                publisher,
                Clock.systemUTC(),
                UUID::randomUUID,
                new SimpleMeterRegistry());
    }

    private static int count(ImapProperties properties, String name) throws Exception {
        Session session = Session.getInstance(MailboxPoller.sessionProperties(properties, "imaps"));
        try (Store store = session.getStore("imaps")) {
            store.connect(properties.host(), properties.port(), properties.user(), properties.password());
            Folder folder = store.getFolder(name);
            folder.open(Folder.READ_ONLY);
            int count = folder.getMessageCount();
            folder.close(false);
            return count;
        }
    }
}
