package dev.mailroom.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.mailroom.contracts.Label;
import dev.mailroom.contracts.Route;
import dev.mailroom.localstack.demo.ModelAliases;
import dev.mailroom.localstack.demo.Outcome;
import dev.mailroom.localstack.demo.OutcomeWatcher;
import dev.mailroom.localstack.demo.SampleBatch;
import dev.mailroom.localstack.demo.SampleBatch.Format;
import dev.mailroom.localstack.demo.SampleBatch.SampleFile;
import dev.mailroom.localstack.process.PartFailedException;
import dev.mailroom.localstack.process.Ports;
import dev.mailroom.sampledata.SampleDocument;
import dev.mailroom.sampledata.SampleGenerator;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end test: the same stack as {@code ./mailroom local} (same supervisor, plan and model
 * bootstrap) on free ports, fed a few hundred generated documents through REST upload, the watched
 * folder and an IMAP mailbox (GreenMail), then a retrain through REST.
 */
class LocalStackIT {

    private static final int DOCUMENTS = 210;
    private static final long SEED = 4242L;

    private final Console console = new Console(System.out, System.err);

    /** One document fed to the pipeline and how its outcome is recognised. */
    private record Fed(String channel, String key, Label expected, Format format, Predicate<Outcome> matches) {}

    @Test
    void everyDocumentOfEveryChannelHasExactlyOneOutcomeAndARetrainIsServedWithoutRestart() throws Exception {
        // the reactor builds every service jar before local-stack (see the POM-only dependencies)
        Path root = Path.of("").toAbsolutePath().getParent();

        GreenMail mail = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        mail.start();
        GreenMailUser mailbox = mail.setUser("mailroom@example.com", "mailroom", "mailroom-secret");
        StackPorts ports =
                new StackPorts(Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free());
        Map<String, List<String>> extra = Map.of(
                StackPlan.INGEST,
                List.of(
                        "--mailroom.ingest.imap.enabled=true",
                        "--mailroom.ingest.imap.host=127.0.0.1",
                        "--mailroom.ingest.imap.port=" + mail.getImap().getPort(),
                        "--mailroom.ingest.imap.tls=false",
                        "--mailroom.ingest.imap.user=mailroom",
                        "--mailroom.ingest.imap.password=mailroom-secret",
                        "--mailroom.ingest.imap.poll-interval=1s",
                        "--mailroom.ingest.folder.poll-interval=500ms"),
                StackPlan.CLASSIFIER,
                List.of("--mailroom.classifier.ocr.threads=2", "--mailroom.classifier.kafka.scanned-concurrency=2"));
        // under target/ rather than a temporary directory: the part logs stay for whoever reads a failure
        Path data = Path.of("target", "local-stack-it").toAbsolutePath();
        StackOptions options =
                new StackOptions(root, data, true, ports, 3, 0, true, true, "s3://" + StackOptions.BUCKET, extra);

        long begin = System.nanoTime();
        try (LocalStack stack = new LocalStack(options, console)) {
            Walkthrough walkthrough = new Walkthrough(stack, console);
            try {
                stack.start(walkthrough::afterReady);
            } catch (PartFailedException e) {
                console.partFailed(e);
                throw e;
            }
            console.step("stack started in " + seconds(begin) + " s");
            String firstVersion;
            try (ModelAliases aliases = walkthrough.aliases()) {
                firstVersion = aliases.productionVersion(Walkthrough.TEXT_MODEL).orElseThrow();
            }
            long classifierPid = stack.supervisor().pid(StackPlan.CLASSIFIER).orElseThrow();
            IngestUpload upload = new IngestUpload(stack.baseUrl(StackPlan.INGEST));

            try (OutcomeWatcher watcher = OutcomeWatcher.fromNow(stack.bootstrapServers(), outcome -> {})) {
                long feedStart = System.nanoTime();
                List<Fed> fed = feed(stack, upload, mailbox);
                boolean complete = watcher.await(
                        outcomes -> fed.stream().allMatch(f -> outcomes.stream().anyMatch(f.matches())),
                        Duration.ofMinutes(4));
                console.step(fed.size() + " documents fed; outcomes after " + seconds(feedStart) + " s");
                List<Outcome> outcomes = watcher.outcomes();
                assertThat(complete)
                        .as(
                                "every fed document has an outcome; missing: %s",
                                fed.stream()
                                        .filter(f -> outcomes.stream().noneMatch(f.matches()))
                                        .map(Fed::key)
                                        .toList())
                        .isTrue();
                assertExactlyOneOutcomeEach(fed, watcher);
                assertAccurateAndScansWentThroughOcr(fed, outcomes, firstVersion);

                long retrainStart = System.nanoTime();
                String secondVersion = walkthrough.train("always", "retrain while running");
                assertThat(secondVersion).isNotEqualTo(firstVersion);
                Outcome served = awaitServedBy(secondVersion, upload, watcher);
                console.step("retrained model " + secondVersion + " served after " + seconds(retrainStart) + " s");
                assertThat(served.modelVersion()).isEqualTo(secondVersion);
                assertThat(stack.supervisor().pid(StackPlan.CLASSIFIER)).hasValue(classifierPid);
                assertThat(watcher.undecodable()).isEmpty();
            }
        } finally {
            mail.stop();
        }
        console.step("LocalStackIT took " + seconds(begin) + " s");
    }

    /** Feeds every generated document through one channel: REST upload, folder, IMAP in turn. */
    private List<Fed> feed(LocalStack stack, IngestUpload upload, GreenMailUser mailbox) throws Exception {
        List<SampleDocument> docs = new SampleGenerator(SEED).generate(DOCUMENTS);
        Format[] formats = Format.values();
        Path staging = stack.options().dataDirectory().resolve("staging");
        Session session = Session.getInstance(new Properties());
        List<Fed> fed = new ArrayList<>();
        byte[] firstUploaded = null;
        for (int i = 0; i < docs.size(); i++) {
            SampleDocument doc = docs.get(i);
            Format format = formats[(i / 3) % formats.length];
            switch (i % 3) {
                case 0 -> {
                    SampleFile file = SampleBatch.render(doc, format, String.format("rest-%03d-", i));
                    UUID id = upload.upload(file.filename(), file.bytes());
                    firstUploaded = firstUploaded == null ? file.bytes() : firstUploaded;
                    fed.add(new Fed("upload", id.toString(), doc.label(), format, o -> id.equals(o.documentId())));
                }
                case 1 -> {
                    SampleFile file = SampleBatch.render(doc, format, String.format("folder-%03d-", i));
                    SampleBatch.drop(file, stack.options().inbox(), staging);
                    String name = file.filename();
                    fed.add(new Fed(
                            "folder",
                            name,
                            doc.label(),
                            format,
                            o -> "folder".equals(o.channel()) && name.equals(o.filename())));
                }
                default -> {
                    String subject = String.format("[IT %03d] %s", i, doc.subject());
                    MimeMessage message = new MimeMessage(session);
                    message.setFrom(new InternetAddress(doc.senderEmail(), doc.senderName()));
                    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("mailroom@example.com"));
                    message.setSubject(subject, StandardCharsets.UTF_8.name());
                    message.setText(doc.text(), StandardCharsets.UTF_8.name());
                    message.saveChanges();
                    mailbox.deliver(message);
                    fed.add(new Fed(
                            "imap",
                            subject,
                            doc.label(),
                            Format.TXT,
                            o -> "imap".equals(o.channel()) && subject.equals(o.subject())));
                }
            }
        }
        // the same bytes again, under another name: the router rejects the copy as a duplicate
        UUID copy = upload.upload("rest-duplicate.txt", firstUploaded);
        fed.add(new Fed("upload", "duplicate " + copy, null, Format.TXT, o -> copy.equals(o.documentId())));
        // bytes of no supported type: ingest rejects them, with the original kept for replay
        byte[] noise = new byte[4096];
        new Random(SEED).nextBytes(noise);
        SampleBatch.drop(
                new SampleFile("folder-unsupported.bin", noise, null, Format.TXT, null),
                stack.options().inbox(),
                staging);
        fed.add(new Fed("folder", "folder-unsupported.bin", null, Format.TXT, o -> "folder-unsupported.bin"
                .equals(o.filename())));
        return fed;
    }

    private void assertExactlyOneOutcomeEach(List<Fed> fed, OutcomeWatcher watcher) {
        // a late duplicate would arrive after the last expected outcome: give it a moment on purpose
        watcher.await(outcomes -> false, Duration.ofSeconds(5));
        List<Outcome> outcomes = watcher.outcomes();
        Map<UUID, Long> perDocument =
                outcomes.stream().collect(Collectors.groupingBy(Outcome::documentId, Collectors.counting()));
        assertThat(perDocument)
                .as("outcomes per document id")
                .allSatisfy((id, n) -> assertThat(n).as("outcomes of %s", id).isEqualTo(1L));
        for (Fed f : fed) {
            assertThat(outcomes.stream().filter(f.matches()).count())
                    .as("outcomes of %s %s", f.channel(), f.key())
                    .isEqualTo(1L);
        }
        assertThat(outcomes).as("no outcome that no fed document explains").hasSize(fed.size());
    }

    private void assertAccurateAndScansWentThroughOcr(List<Fed> fed, List<Outcome> outcomes, String version) {
        Map<Fed, Outcome> outcomeOf = new HashMap<>();
        fed.forEach(f -> outcomeOf.put(
                f, outcomes.stream().filter(f.matches()).findFirst().orElseThrow()));
        List<Fed> generated = fed.stream().filter(f -> f.expected() != null).toList();
        long correct = generated.stream()
                .filter(f -> !outcomeOf.get(f).rejected() && outcomeOf.get(f).label() == f.expected())
                .count();
        double accuracy = (double) correct / generated.size();
        console.step(String.format(
                java.util.Locale.ROOT,
                "accuracy %.3f (%d of %d generated documents)",
                accuracy,
                correct,
                generated.size()));
        assertThat(accuracy).isGreaterThanOrEqualTo(0.9);
        generated.stream()
                .filter(f -> outcomeOf.get(f).rejected())
                .forEach(f -> console.step(
                        "rejected: " + f.key() + " " + outcomeOf.get(f).rejection()));
        assertThat(generated.stream().map(outcomeOf::get).filter(o -> !o.rejected()))
                .allSatisfy(o -> assertThat(o.modelVersion()).isEqualTo(version));

        List<Fed> scans = generated.stream().filter(f -> f.format().scanned()).toList();
        assertThat(scans).allSatisfy(f -> {
            assertThat(outcomeOf.get(f).rejected()).as("%s rejected", f.key()).isFalse();
            assertThat(outcomeOf.get(f).route()).as("route of %s", f.key()).isEqualTo(Route.SCANNED);
        });
        assertThat(generated.stream().filter(f -> !f.format().scanned()).map(outcomeOf::get))
                .filteredOn(o -> !o.rejected())
                .allSatisfy(o -> assertThat(o.route()).isEqualTo(Route.TEXT));
        console.step(scans.size() + " scanned documents classified through OCR");

        List<Fed> rejected = fed.stream().filter(f -> f.expected() == null).toList();
        assertThat(rejected).hasSize(2).allSatisfy(f -> assertThat(
                        outcomeOf.get(f).rejected())
                .as("%s rejected", f.key())
                .isTrue());
        assertThat(outcomeOf.get(rejected.get(0)).rejection()).contains("router/duplicate");
        assertThat(outcomeOf.get(rejected.get(1)).rejection()).contains("ingest/unsupported-type");
    }

    /** Uploads fresh documents until one is classified by {@code version} (the classifier hot-swaps it). */
    private Outcome awaitServedBy(String version, IngestUpload upload, OutcomeWatcher watcher) throws Exception {
        SampleGenerator generator = new SampleGenerator(SEED + 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            SampleDocument doc = generator.next();
            UUID id =
                    upload.upload("probe-" + doc.baseName() + ".txt", doc.text().getBytes(StandardCharsets.UTF_8));
            watcher.await(
                    outcomes -> outcomes.stream().anyMatch(o -> id.equals(o.documentId())), Duration.ofSeconds(30));
            Outcome outcome = watcher.outcomes().stream()
                    .filter(o -> id.equals(o.documentId()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no outcome for probe " + id));
            if (version.equals(outcome.modelVersion())) {
                return outcome;
            }
            watcher.await(outcomes -> false, Duration.ofSeconds(2));
        }
        throw new AssertionError("the classifier did not serve " + version + " within 90 s");
    }

    private static long seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toSeconds();
    }
}
