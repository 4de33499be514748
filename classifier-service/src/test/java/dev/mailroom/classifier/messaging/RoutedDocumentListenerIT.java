package dev.mailroom.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classifier.ocr.PageImages;
import dev.mailroom.contracts.ContentRefs;
import dev.mailroom.contracts.DocumentClassified;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.Label;
import dev.mailroom.contracts.OriginalRecord;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Route;
import dev.mailroom.contracts.Schema;
import dev.mailroom.contracts.Stage;
import dev.mailroom.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Both listeners against a real embedded broker: outcomes, rejections and the poison record. */
class RoutedDocumentListenerIT extends AbstractListenerIT {

    @Test
    void textRouteRecordIsClassifiedToTheOutcomeTopic() {
        DocumentRouted routed =
                routed(Route.TEXT, "we hereby order: purchase order PO number 77, please deliver to our address", null);
        send(routed);

        ConsumerRecord<String, byte[]> out = awaitOutput(routed.documentId().toString());

        assertThat(out.topic()).isEqualTo(Topic.Names.CLASSIFIED);
        assertThat(schema(out)).isEqualTo(Schema.DOCUMENT_CLASSIFIED.id());
        DocumentClassified outcome = CODEC.decode(out.value(), DocumentClassified.class);
        assertThat(outcome.documentId()).isEqualTo(routed.documentId());
        assertThat(outcome.label()).isEqualTo(Label.PURCHASE_ORDER);
        assertThat(outcome.department()).isEqualTo("sales");
        assertThat(outcome.route()).isEqualTo(Route.TEXT);
        assertThat(outcome.source()).isEqualTo(routed.source());
        assertThat(outcome.receivedAt()).isEqualTo(RECEIVED);
        assertThat(outcome.model().version()).isNotBlank();
        assertThat(outcome.explanation()).isNotEmpty();
    }

    @Test
    void scannedRouteRecordIsReadFromS3ThroughOcr() {
        DocumentRouted routed = routed(Route.SCANNED, null, null);
        byte[] png = PageImages.png(
                List.of("INVOICE number 4711", "Amount due: 1250 EUR", "Payment within 30 days by bank transfer"));
        try (S3Client s3 = S3.client()) {
            s3.putObject(
                    b -> b.bucket(BUCKET)
                            .key(ContentRefs.parse(routed.contentRef()).key()),
                    RequestBody.fromBytes(png));
        }
        send(routed);

        ConsumerRecord<String, byte[]> out = awaitOutput(routed.documentId().toString());

        assertThat(out.topic()).isEqualTo(Topic.Names.CLASSIFIED);
        DocumentClassified outcome = CODEC.decode(out.value(), DocumentClassified.class);
        assertThat(outcome.route()).isEqualTo(Route.SCANNED);
        assertThat(outcome.label()).isEqualTo(Label.INVOICE);
        assertThat(outcome.model().name()).isEqualTo(TEXT_MODEL);
    }

    @Test
    void contentRefOutsideTheBucketIsRejectedWithTheOriginalRecord() {
        UUID id = UUID.randomUUID();
        DocumentRouted routed = routed(Route.SCANNED, null, ContentRefs.rawRef("elsewhere", RECEIVED, id));
        byte[] value = CODEC.encode(routed);
        send(Topic.Names.SCANNED, routed.documentId().toString(), value, true);

        ConsumerRecord<String, byte[]> out = awaitOutput(routed.documentId().toString());

        assertThat(out.topic()).isEqualTo(Topic.Names.REJECTED);
        assertThat(schema(out)).isEqualTo(Schema.DOCUMENT_REJECTED.id());
        DocumentRejected rejected = CODEC.decode(out.value(), DocumentRejected.class);
        assertThat(rejected.stage()).isEqualTo(Stage.CLASSIFIER);
        assertThat(rejected.reason()).isEqualTo(RejectReason.INVALID_CONTENT_REF);
        assertThat(rejected.documentId()).isEqualTo(routed.documentId());
        assertThat(rejected.detail()).contains("outside the configured bucket");
        assertThat(rejected.original().topic()).isEqualTo(Topic.Names.SCANNED);
        assertThat(rejected.original().bytes()).isEqualTo(value);
    }

    @Test
    void poisonRecordIsRejectedWhileTheNextRecordIsStillClassified() {
        byte[] poison = {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, 0x7B};
        String poisonKey = "poison-" + UUID.randomUUID();
        send(Topic.Names.TEXT, poisonKey, poison, true);
        DocumentRouted next =
                routed(Route.TEXT, "application for the position, my curriculum vitae and cover letter", null);
        send(next);

        ConsumerRecord<String, byte[]> rejectedRecord = awaitOutput(poisonKey);
        ConsumerRecord<String, byte[]> classifiedRecord =
                awaitOutput(next.documentId().toString());

        assertThat(rejectedRecord.topic()).isEqualTo(Topic.Names.REJECTED);
        DocumentRejected rejected = CODEC.decode(rejectedRecord.value(), DocumentRejected.class);
        assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED);
        assertThat(rejected.documentId()).isNull();
        assertThat(rejected.original().encoding()).isEqualTo(OriginalRecord.Encoding.BASE64);
        assertThat(rejected.original().bytes()).isEqualTo(poison);
        assertThat(classifiedRecord.topic()).isEqualTo(Topic.Names.CLASSIFIED);
        assertThat(CODEC.decode(classifiedRecord.value(), DocumentClassified.class)
                        .label())
                .isEqualTo(Label.JOB_APPLICATION);
    }

    @Test
    void recordWithAMissingFieldIsRejectedAsMalformedNamingTheField() {
        String key = "missing-" + UUID.randomUUID();
        String json = CODEC.encodeToString(routed(Route.TEXT, "invoice", null)).replace("\"contentType\"", "\"ct\"");
        send(Topic.Names.TEXT, key, json.getBytes(StandardCharsets.UTF_8), false);

        DocumentRejected rejected = CODEC.decode(awaitOutput(key).value(), DocumentRejected.class);

        assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED);
        assertThat(rejected.detail()).contains("contentType");
        assertThat(rejected.original().encoding()).isEqualTo(OriginalRecord.Encoding.UTF_8);
        assertThat(rejected.original().value()).isEqualTo(json);
    }
}
