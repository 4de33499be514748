package dev.mailroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.mailroom.contracts.Channel;
import dev.mailroom.contracts.ContentRefs;
import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.Topic;
import dev.mailroom.ingest.extraction.ExtractionLimits;
import dev.mailroom.ingest.extraction.TikaContentAnalyzer;
import dev.mailroom.ingest.folder.FolderWatcher;
import dev.mailroom.ingest.imap.ImapProperties;
import dev.mailroom.ingest.imap.MailboxPoller;
import dev.mailroom.ingest.messaging.KafkaEventPublisher;
import dev.mailroom.ingest.pipeline.EventPublisher;
import dev.mailroom.ingest.pipeline.IngestPipeline;
import dev.mailroom.ingest.storage.S3RawStore;
import dev.mailroom.service.kafka.TopicsProperties;
import dev.mailroom.testsupport.S3TestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Crash safety: the producer side dies in the middle of a batch (the Kafka producer is closed, or the S3
 * server stops). Everything a channel acknowledged must be on the topic with its bytes in S3; everything
 * else stays unacknowledged and goes through after the restart.
 */
class CrashSafetyIT {

    private static final String BUCKET = "mailroom-crash";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static EmbeddedKafkaKraftBroker broker;
    private static TikaContentAnalyzer analyzer;
    private static int s3Port;

    @TempDir
    Path temp;

    private S3TestServer s3;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 1, Topic.Names.INGEST, Topic.Names.REJECTED);
        broker.afterPropertiesSet();
        analyzer = new TikaContentAnalyzer(ExtractionLimits.defaults());
    }

    @AfterAll
    static void stopBroker() {
        analyzer.close();
        broker.destroy();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void producerKilledMidBatchLosesNothingTheFolderAcknowledged() throws Exception {
        startS3();
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        String batch = "crash-" + UUID.randomUUID();
        for (int i = 1; i <= 12; i++) {
            Files.writeString(inbox.resolve(batch + "-" + i + ".txt"), "Service request " + i + " of " + batch);
        }

        // first run: the producer is closed right after the 5th acknowledged record
        Producer<String, byte[]> doomed = producer();
        EventPublisher crashing = afterAcks(publisher(doomed), 5, () -> doomed.close(Duration.ZERO));
        FolderWatcher first = new FolderWatcher(pipeline(crashing), inbox, Duration.ZERO, 1 << 20, Clock.systemUTC());
        first.poll(); // observes
        int movedBeforeCrash = first.poll();

        assertThat(movedBeforeCrash).isEqualTo(5);
        Set<String> acknowledged = names(inbox.resolve("processed"));
        assertThat(acknowledged).hasSize(5);
        assertThat(names(inbox)).hasSize(7 + 2); // 7 files left, plus processed/ and failed/
        try (TopicReader topics = reader()) {
            assertThat(topics.pollUntil(t -> filenames(t, batch).containsAll(acknowledged), WAIT))
                    .as("every acknowledged file is on the topic")
                    .isTrue();
            assertStored(topics, batch);
        }

        // restart: a new producer takes the rest
        FolderWatcher second =
                new FolderWatcher(pipeline(publisher(producer())), inbox, Duration.ZERO, 1 << 20, Clock.systemUTC());
        second.poll();
        assertThat(second.poll()).isEqualTo(7);

        assertThat(names(inbox.resolve("processed"))).hasSize(12);
        try (TopicReader topics = reader()) {
            assertThat(topics.pollUntil(t -> filenames(t, batch).size() == 12, WAIT))
                    .isTrue();
            assertThat(topics.ingested().stream()
                            .filter(e -> e.source().filename().startsWith(batch)))
                    .as("nothing produced twice: the unacknowledged file was not produced before the crash")
                    .hasSize(12);
            assertStored(topics, batch);
        }
    }

    @Test
    void s3StoppedMidBatchLeavesTheUnfinishedMessageUnseenUntilItIsRetried() throws Exception {
        startS3();
        GreenMail mail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        mail.start();
        closeables.add(mail::stop);
        GreenMailUser user = mail.setUser("crash@mailroom.test", "crash", "secret");
        String batch = "mail-" + UUID.randomUUID();
        for (int i = 1; i <= 4; i++) {
            user.deliver(messageWithAttachment(batch + "-" + i));
        }
        ImapProperties imap = new ImapProperties(
                true,
                "127.0.0.1",
                mail.getImap().getPort(),
                false,
                null,
                "crash",
                "secret",
                "INBOX",
                null,
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                DataSize.ofMegabytes(1),
                DataSize.ofMegabytes(2),
                50);

        // first run: S3 stops after the 3rd acknowledged record, i.e. after the body of message 2
        AtomicInteger stopped = new AtomicInteger();
        EventPublisher crashing = afterAcks(publisher(producer()), 3, () -> {
            s3.close();
            stopped.incrementAndGet();
        });
        int handled = new MailboxPoller(pipeline(crashing), imap).poll();

        assertThat(stopped).hasValue(1);
        assertThat(handled).isEqualTo(1);
        assertThat(unseen(mail)).isEqualTo(3);
        try (TopicReader topics = reader()) {
            assertThat(topics.pollUntil(t -> subjects(t, batch).contains(batch + "-1/order.pdf"), WAIT))
                    .isTrue();
            assertThat(subjects(topics, batch)).contains(batch + "-1/body", batch + "-1/order.pdf");
        }

        // restart S3 on the same port and directory: the three unseen messages go through
        startS3();
        int retried = new MailboxPoller(pipeline(publisher(producer())), imap).poll();

        assertThat(retried).isEqualTo(3);
        assertThat(unseen(mail)).isZero();
        try (TopicReader topics = reader()) {
            assertThat(topics.pollUntil(t -> subjects(t, batch).size() == 8, WAIT))
                    .isTrue();
            assertStored(topics, batch);
        }
    }

    // ------------------------------------------------------------------ wiring

    private void startS3() {
        s3 = S3TestServer.onFilesystem(temp.resolve("s3"), s3Port);
        s3Port = s3.port();
        s3.createBucket(BUCKET);
    }

    private Producer<String, byte[]> producer() {
        Map<String, Object> config = KafkaEventPublisher.producerConfig(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()), Duration.ofSeconds(5));
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config);
        closeables.add(() -> producer.close(Duration.ofSeconds(1)));
        return producer;
    }

    private static EventPublisher publisher(Producer<String, byte[]> producer) {
        return new KafkaEventPublisher(producer, new EventCodec(), TopicsProperties.defaults(), Duration.ofSeconds(10));
    }

    private IngestPipeline pipeline(EventPublisher publisher) {
        S3Client client = s3.client();
        closeables.add(client);
        return new IngestPipeline(
                analyzer,
                new S3RawStore(client, BUCKET),
                publisher,
                Clock.systemUTC(),
                UUID::randomUUID,
                new SimpleMeterRegistry());
    }

    /** Runs {@code crash} right after the {@code n}th acknowledged record. */
    private static EventPublisher afterAcks(EventPublisher real, int n, Runnable crash) {
        AtomicInteger acks = new AtomicInteger();
        return new EventPublisher() {
            @Override
            public void ingested(DocumentIngested event) {
                real.ingested(event);
                if (acks.incrementAndGet() == n) {
                    crash.run();
                }
            }

            @Override
            public void rejected(DocumentRejected event) {
                real.rejected(event);
                if (acks.incrementAndGet() == n) {
                    crash.run();
                }
            }
        };
    }

    private static TopicReader reader() {
        return new TopicReader(broker.getBrokersAsString(), Topic.Names.INGEST, Topic.Names.REJECTED);
    }

    // ------------------------------------------------------------------ assertions

    private static Set<String> filenames(TopicReader topics, String batch) {
        return topics.ingested().stream()
                .map(e -> e.source().filename())
                .filter(name -> name.startsWith(batch))
                .collect(Collectors.toSet());
    }

    private static Set<String> subjects(TopicReader topics, String batch) {
        return topics.ingested().stream()
                .filter(e -> e.source().channel() == Channel.IMAP)
                .filter(e -> e.source().subject().startsWith(batch))
                .map(e -> e.source().subject() + "/"
                        + (e.source().filename() == null ? "body" : e.source().filename()))
                .collect(Collectors.toSet());
    }

    private void assertStored(TopicReader topics, String batch) {
        try (S3Client client = s3.client()) {
            for (DocumentIngested event : topics.ingested()) {
                String name = event.source().filename() != null ? event.source().filename() : "";
                String subject =
                        event.source().subject() != null ? event.source().subject() : "";
                if (!name.startsWith(batch) && !subject.startsWith(batch)) {
                    continue;
                }
                ContentRefs.S3Location location = ContentRefs.parse(event.contentRef());
                byte[] stored = client.getObjectAsBytes(
                                b -> b.bucket(location.bucket()).key(location.key()))
                        .asByteArray();
                assertThat(stored).hasSize((int) event.sizeBytes());
            }
        }
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static MimeMessage messageWithAttachment(String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("customer@example.com");
        message.setSubject(subject, "UTF-8");
        MimeBodyPart body = new MimeBodyPart();
        body.setText("Please see the attached order " + subject, "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setContent(Corpus.textPdf(1, "Order " + subject), "application/pdf");
        attachment.setFileName("order.pdf");
        message.setContent(new MimeMultipart(body, attachment));
        message.saveChanges();
        return message;
    }

    private static int unseen(GreenMail mail) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.peek", "true");
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), "crash", "secret");
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            int unseen = 0;
            for (Message message : folder.getMessages()) {
                if (!message.isSet(Flags.Flag.SEEN)) {
                    unseen++;
                }
            }
            folder.close(false);
            return unseen;
        }
    }
}
