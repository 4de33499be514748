package dev.mailroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.mailroom.contracts.Channel;
import dev.mailroom.contracts.ContentRefs;
import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Stage;
import dev.mailroom.contracts.Topic;
import dev.mailroom.service.security.Role;
import dev.mailroom.service.testing.SecurityWalk;
import dev.mailroom.testsupport.S3TestServer;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole service against real parts: an embedded Kafka broker (KRaft), S3Proxy, a GreenMail IMAP
 * server and a temporary inbox folder; every channel, good and nasty documents.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "mailroom.ingest.upload.max-size=2MB",
            "spring.servlet.multipart.max-file-size=10MB",
            "spring.servlet.multipart.max-request-size=11MB",
            "mailroom.ingest.folder.enabled=true",
            "mailroom.ingest.folder.poll-interval=100ms",
            "mailroom.ingest.folder.settle-time=200ms",
            "mailroom.ingest.folder.max-size=2MB",
            "mailroom.ingest.imap.enabled=true",
            "mailroom.ingest.imap.tls=false",
            "mailroom.ingest.imap.user=inbox",
            "mailroom.ingest.imap.password=secret",
            "mailroom.ingest.imap.poll-interval=200ms",
            "mailroom.ingest.imap.timeout=5s",
            "mailroom.ingest.kafka.delivery-timeout=10s",
            "mailroom.ingest.kafka.create-topics=false",
            "mailroom.s3.bucket=" + IngestServiceIT.BUCKET,
            "mailroom.s3.path-style-access=true"
        })
@EmbeddedKafka(
        partitions = 1,
        topics = {Topic.Names.INGEST, Topic.Names.REJECTED},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class IngestServiceIT {

    static final String BUCKET = "mailroom-it";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper json = new ObjectMapper();

    private static S3TestServer s3;
    private static GreenMail mail;
    private static GreenMailUser mailbox;
    private static Path inbox;

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws IOException {
        s3 = S3TestServer.inMemory();
        s3.createBucket(BUCKET);
        System.setProperty("aws.accessKeyId", s3.accessKey());
        System.setProperty("aws.secretAccessKey", s3.secretKey());
        mail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        mail.start();
        mailbox = mail.setUser("inbox@mailroom.test", "inbox", "secret");
        inbox = Files.createTempDirectory("ingest-inbox");
        registry.add("mailroom.s3.endpoint", () -> s3.endpoint().toString());
        registry.add("mailroom.s3.region", s3::region);
        registry.add("mailroom.ingest.imap.host", () -> "127.0.0.1");
        registry.add("mailroom.ingest.imap.port", () -> mail.getImap().getPort());
        registry.add("mailroom.ingest.folder.path", () -> inbox.toString());
        SecurityWalk.keys(registry);
    }

    @AfterAll
    static void stopServers() throws IOException {
        mail.stop();
        s3.close();
        // best effort: the folder watcher runs until the context closes and may still move a file
        try (Stream<Path> files = Files.walk(inbox)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            inbox.toFile().deleteOnExit();
        }
    }

    private TopicReader reader() {
        return new TopicReader(broker.getBrokersAsString(), Topic.Names.INGEST, Topic.Names.REJECTED);
    }

    // ---------------------------------------------------------------- REST

    @Test
    void uploadedPdfIsStoredAndProducedBefore202() throws Exception {
        byte[] pdf = Corpus.textPdf(2, Corpus.INVOICE_TEXT);

        HttpResponse<String> response = upload("invoice.pdf", "application/pdf", pdf);

        assertThat(response.statusCode()).isEqualTo(202);
        UUID id =
                UUID.fromString(json.readTree(response.body()).get("documentId").asText());
        try (TopicReader topics = reader()) {
            assertThat(topics.pollUntil(t -> t.ingested(id) != null, WAIT)).isTrue();
            DocumentIngested event = topics.ingested(id);
            assertThat(event.contentType()).isEqualTo("application/pdf");
            assertThat(event.pages()).isEqualTo(2);
            assertThat(event.textLayer()).isTrue();
            assertThat(event.text()).contains("Invoice 4711");
            assertThat(event.source().channel()).isEqualTo(Channel.UPLOAD);
            assertThat(event.source().filename()).isEqualTo("invoice.pdf");
            assertThat(event.sizeBytes()).isEqualTo(pdf.length);
            assertThat(event.sha256()).isEqualTo(sha256(pdf));
            assertThat(event.contentRef()).isEqualTo(ContentRefs.rawRef(BUCKET, event.receivedAt(), id));
            assertThat(stored(event.contentRef())).isEqualTo(pdf);
            assertThat(topics.problems()).isEmpty();
        }
    }

    @Test
    void typeComesFromTheBytesNotFromNameOrClientType() throws Exception {
        HttpResponse<String> response = upload("notes.txt", "text/plain", Corpus.textPdf(1, Corpus.INVOICE_TEXT));

        assertThat(response.statusCode()).isEqualTo(202);
        UUID id =
                UUID.fromString(json.readTree(response.body()).get("documentId").asText());
        try (TopicReader topics = reader()) {
            assertThat(topics.pollUntil(t -> t.ingested(id) != null, WAIT)).isTrue();
            assertThat(topics.ingested(id).contentType()).isEqualTo("application/pdf");
        }
    }

    @Test
    void jsonTextIsIngestedFromTheApiChannel() throws Exception {
        String body = "{\"text\":\"Ich bewerbe mich um die Stelle als Buchhalterin.\",\"sender\":\"anna@example.de\","
                + "\"subject\":\"Bewerbung\"}";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/documents"))
                        .header("X-Api-Key", SecurityWalk.keyOf(Role.UPLOAD))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(202);
        UUID id =
                UUID.fromString(json.readTree(response.body()).get("documentId").asText());
        try (TopicReader topics = reader()) {
            assertThat(topics.pollUntil(t -> t.ingested(id) != null, WAIT)).isTrue();
            DocumentIngested event = topics.ingested(id);
            assertThat(event.source().channel()).isEqualTo(Channel.API);
            assertThat(event.source().sender()).isEqualTo("anna@example.de");
            assertThat(event.source().subject()).isEqualTo("Bewerbung");
            assertThat(event.contentType()).isEqualTo("text/plain");
            assertThat(event.text()).isEqualTo("Ich bewerbe mich um die Stelle als Buchhalterin.");
        }
    }

    @Test
    void blankJsonTextIsAnInvalidRequestProblem() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/documents"))
                        .header("X-Api-Key", SecurityWalk.keyOf(Role.UPLOAD))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"  \"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(422);
        assertThat(json.readTree(response.body()).get("reason").asText()).isEqualTo("invalid-request");
    }

    static Stream<Arguments> nastyUploads() {
        return Stream.of(
                Arguments.of("huge.bin", Corpus.binary(3 << 20), 413, RejectReason.TOO_LARGE),
                Arguments.of("archive.zip", Corpus.zip(), 415, RejectReason.UNSUPPORTED_TYPE),
                Arguments.of("secret.pdf", Corpus.encryptedPdf(), 422, RejectReason.ENCRYPTED),
                Arguments.of("empty.pdf", new byte[0], 422, RejectReason.MALFORMED),
                Arguments.of("cut.pdf", Corpus.truncatedPdf(), 422, RejectReason.MALFORMED),
                Arguments.of("bomb.docx", Corpus.zipBomb(64), 413, RejectReason.BOMB));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("nastyUploads")
    void nastyUploadGetsProblemAndRejectedRecordWithStoredOriginal(
            String filename, byte[] bytes, int status, RejectReason reason) throws Exception {
        HttpResponse<String> response = upload(filename, "application/octet-stream", bytes);

        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("reason").asText()).isEqualTo(reason.code());
        UUID id = UUID.fromString(problem.get("documentId").asText());
        try (TopicReader topics = reader()) {
            assertThat(topics.pollUntil(t -> t.rejected(id) != null, WAIT)).isTrue();
            DocumentRejected event = topics.rejected(id);
            assertThat(event.stage()).isEqualTo(Stage.INGEST);
            assertThat(event.reason()).isEqualTo(reason);
            assertThat(event.source().filename()).isEqualTo(filename);
            assertThat(stored(event.contentRef())).isEqualTo(bytes);
            assertThat(topics.ingested(id)).isNull();
        }
    }

    @Test
    void actuatorAndOpenApiAreServed() throws Exception {
        upload("count.pdf", "application/pdf", Corpus.textPdf(1, "count me"));

        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
        String metrics = get("/actuator/prometheus", Role.OPS).body();
        assertThat(metrics)
                .contains("mailroom_ingest_documents_total{channel=\"upload\",type=\"application/pdf\"")
                .contains("mailroom_ingest_extraction_seconds_count");
        HttpResponse<String> api = get("/v3/api-docs", Role.UPLOAD);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("/api/v1/documents").contains("\"202\"").contains("\"413\"");
    }

    @Test
    void everyEndpointIsWalkedWithEachCredentialAndThePathTricks() {
        List<SecurityWalk.Call> calls = SecurityWalk.of(context, port)
                .expect(HttpMethod.POST, "/api/v1/documents", Role.UPLOAD)
                .run();

        assertThat(calls)
                .filteredOn(call ->
                        !call.path().equals("/api/v1/documents") && call.path().contains("documents"))
                .extracting(SecurityWalk.Call::status)
                .isNotEmpty()
                .allSatisfy(status -> assertThat(status).isIn(400, 401, 403, 404));
    }

    // ---------------------------------------------------------------- folder

    @Test
    void folderFilesAreIngestedOnceCompleteThenMovedWithReasons() throws Exception {
        write("folder-invoice.pdf", Corpus.textPdf(1, Corpus.INVOICE_TEXT));
        write("folder-scan.pdf", Corpus.imageOnlyPdf());
        write("folder-letter.docx", Corpus.docx("Dear team, I apply for the job", "Regards"));
        write("folder-report.txt", Corpus.textPdf(1, "mislabeled"));
        write("folder-zero.txt", new byte[0]);
        write("folder-cut.pdf", Corpus.truncatedPdf());
        write("folder-huge.bin", Corpus.binary(3 << 20));
        write("folder-bomb.zip", Corpus.zipBomb(64));
        write("folder-secret.pdf", Corpus.encryptedPdf());

        try (TopicReader topics = reader()) {
            assertThat(topics.pollUntil(t -> folderRecords(t) == 9, WAIT)).isTrue();
            List<DocumentIngested> ingested = topics.ingested().stream()
                    .filter(e -> e.source().channel() == Channel.FOLDER)
                    .toList();
            assertThat(ingested)
                    .extracting(e -> e.source().filename() + "=" + e.contentType() + "/" + e.textLayer())
                    .containsExactlyInAnyOrder(
                            "folder-invoice.pdf=application/pdf/true",
                            "folder-scan.pdf=application/pdf/false",
                            "folder-letter.docx=" + docx() + "/true",
                            "folder-report.txt=application/pdf/true");
            List<DocumentRejected> rejected = topics.rejected().stream()
                    .filter(e -> e.source().channel() == Channel.FOLDER)
                    .toList();
            assertThat(rejected)
                    .extracting(e -> e.source().filename() + "=" + e.reason().code())
                    .containsExactlyInAnyOrder(
                            "folder-zero.txt=malformed",
                            "folder-cut.pdf=malformed",
                            "folder-huge.bin=too-large",
                            "folder-bomb.zip=decompression-bomb",
                            "folder-secret.pdf=encrypted");
        }
        assertThat(names(inbox.resolve("processed")))
                .contains("folder-invoice.pdf", "folder-scan.pdf", "folder-letter.docx", "folder-report.txt");
        assertThat(names(inbox.resolve("failed")))
                .contains("folder-zero.txt", "folder-zero.txt.reason.txt", "folder-huge.bin.reason.txt");
        assertThat(Files.readString(inbox.resolve("failed/folder-bomb.zip.reason.txt")))
                .contains("reason: decompression-bomb");
        assertThat(names(inbox)).noneMatch(n -> n.startsWith("folder-"));
    }

    private static long folderRecords(TopicReader topics) {
        return Stream.concat(
                        topics.ingested().stream().map(DocumentIngested::source),
                        topics.rejected().stream().map(DocumentRejected::source))
                .filter(s -> s != null && s.channel() == Channel.FOLDER)
                .count();
    }

    // ---------------------------------------------------------------- IMAP

    @Test
    void mailboxMessagesBecomeOneDocumentPerPartAndAreFlaggedAfterwards() throws Exception {
        byte[] pdf = Corpus.textPdf(1, "Purchase order 88");
        deliver(Corpus.eightBitHeaderMail());
        deliver(Corpus.nestedMultipartMail(pdf));
        deliver(Corpus.brokenMimeMail());

        try (TopicReader topics = reader()) {
            assertThat(topics.pollUntil(t -> imapRecords(t) == 5, WAIT)).isTrue();
            List<DocumentIngested> ingested = topics.ingested().stream()
                    .filter(e -> e.source().channel() == Channel.IMAP)
                    .toList();
            DocumentIngested complaint = only(ingested, "Beschwerde über Lieferung", null);
            assertThat(complaint.source().sender()).isEqualTo("juergen@example.de");
            assertThat(complaint.contentType()).isEqualTo("text/plain");
            assertThat(complaint.text()).contains("die Lieferung kam beschädigt an");

            DocumentIngested body = only(ingested, "Bestellung für März", null);
            assertThat(body.text()).isEqualTo("Bitte liefern Sie 10 Stück gemäß Bestellung 88.");
            DocumentIngested attachment = only(ingested, "Bestellung für März", "order.pdf");
            assertThat(attachment.contentType()).isEqualTo("application/pdf");
            assertThat(attachment.sha256()).isEqualTo(sha256(pdf));
            assertThat(attachment.text()).contains("Purchase order 88");
            DocumentIngested forwarded = only(ingested, "Bestellung für März", "attached-message.eml");
            assertThat(forwarded.contentType()).isEqualTo("message/rfc822");
            assertThat(forwarded.text()).contains("Our offer for 10 units");

            DocumentRejected broken = topics.rejected().stream()
                    .filter(e -> e.source() != null && e.source().channel() == Channel.IMAP)
                    .findFirst()
                    .orElseThrow();
            assertThat(broken.reason()).isEqualTo(RejectReason.MALFORMED);
            assertThat(broken.source().subject()).isEqualTo("broken");
            assertThat(new String(stored(broken.contentRef()), StandardCharsets.US_ASCII))
                    .contains("no boundary parameter");
        }
        assertThat(unseenMessages()).isZero();
    }

    private static long imapRecords(TopicReader topics) {
        return Stream.concat(
                        topics.ingested().stream().map(DocumentIngested::source),
                        topics.rejected().stream().map(DocumentRejected::source))
                .filter(s -> s != null && s.channel() == Channel.IMAP)
                .count();
    }

    private static DocumentIngested only(List<DocumentIngested> events, String subject, String filename) {
        List<DocumentIngested> matching = events.stream()
                .filter(e -> subject.equals(e.source().subject()))
                .filter(e -> filename == null
                        ? e.source().filename() == null
                        : filename.equals(e.source().filename()))
                .toList();
        assertThat(matching).as(subject + " / " + filename).hasSize(1);
        return matching.get(0);
    }

    private static void deliver(byte[] message) throws Exception {
        Session session = Session.getInstance(new Properties());
        mailbox.deliver(new MimeMessage(session, new ByteArrayInputStream(message)));
    }

    private static int unseenMessages() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.peek", "true");
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), "inbox", "secret");
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

    // ---------------------------------------------------------------- helpers

    private HttpResponse<String> upload(String filename, String contentType, byte[] bytes) throws Exception {
        String boundary = "mailroom-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri("/api/v1/documents"))
                        .header("X-Api-Key", SecurityWalk.keyOf(Role.UPLOAD))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, Role role) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("X-Api-Key", SecurityWalk.keyOf(role))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static byte[] stored(String contentRef) {
        ContentRefs.S3Location location = ContentRefs.parse(contentRef);
        try (S3Client client = s3.client()) {
            return client.getObjectAsBytes(b -> b.bucket(location.bucket()).key(location.key()))
                    .asByteArray();
        }
    }

    private static void write(String name, byte[] bytes) throws IOException {
        Path temporary = inbox.resolve(name + ".part");
        Files.write(temporary, bytes);
        Files.move(temporary, inbox.resolve(name));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String docx() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
