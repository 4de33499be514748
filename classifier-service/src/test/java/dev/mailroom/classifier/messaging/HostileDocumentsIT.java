package dev.mailroom.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classifier.ocr.PageImages;
import dev.mailroom.contracts.ContentRefs;
import dev.mailroom.contracts.DocumentClassified;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.Label;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Route;
import dev.mailroom.contracts.Stage;
import dev.mailroom.contracts.Topic;
import dev.mailroom.testsupport.HostileDocuments;
import dev.mailroom.testsupport.HostileDocuments.Hostile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The hostile-file regression suite of both routes: each hostile document built in code (recursive Type3
 * glyphs with a tiling pattern, a deep Type3 chain, a page-tree loop, pixel bombs in a PDF, a PNG and a TIFF,
 * a 100000-deep array, garbage behind a PDF header, nested zips, a zip bomb) is sent on the route followed by
 * a valid document: the hostile one gets exactly one rejected record with the expected reason, and the valid
 * one is still classified, so no record stops a route.
 */
class HostileDocumentsIT extends AbstractListenerIT {

    private static final Logger log = LoggerFactory.getLogger(HostileDocumentsIT.class);

    /** The reason each hostile file is rejected with, whatever the isolation mode. */
    static final Map<String, RejectReason> EXPECTED = Map.ofEntries(
            Map.entry("recursive-type3-with-tiling-pattern.pdf", RejectReason.UNREADABLE),
            Map.entry("type3-nested-3000-deep.pdf", RejectReason.UNREADABLE),
            Map.entry("page-tree-loop.pdf", RejectReason.UNREADABLE),
            Map.entry("image-100000x100000.pdf", RejectReason.UNREADABLE),
            Map.entry("png-100000x100000.png", RejectReason.BOMB),
            Map.entry("tiff-bomb-100000x100000.tif", RejectReason.BOMB),
            Map.entry("nested-array-100000-deep.pdf", RejectReason.UNREADABLE),
            Map.entry("garbage-with-pdf-header.pdf", RejectReason.UNREADABLE),
            Map.entry("zip-in-zip-8-deep.zip", RejectReason.UNSUPPORTED_TYPE),
            Map.entry("zip-bomb-50MB.zip", RejectReason.UNSUPPORTED_TYPE));

    static Stream<Arguments> hostileOnEveryRoute() {
        List<Hostile> files = new ArrayList<>(HostileDocuments.pdfsAndImages());
        files.add(new Hostile("zip-in-zip-8-deep.zip", HostileDocuments.nestedZip(8)));
        files.add(new Hostile("zip-bomb-50MB.zip", HostileDocuments.zipBomb(50L << 20)));
        return files.stream()
                .flatMap(file -> Stream.of(Route.SCANNED, Route.TEXT).map(route -> Arguments.of(file, route)));
    }

    @ParameterizedTest(name = "{1} route: {0}")
    @MethodSource("hostileOnEveryRoute")
    void hostileDocumentIsRejectedAndTheNextDocumentIsClassified(Hostile file, Route route) {
        DocumentRouted hostile = stored(routed(route, null, null), file.bytes());
        DocumentRouted valid = route == Route.SCANNED
                ? stored(
                        routed(Route.SCANNED, null, null),
                        PageImages.png(List.of("INVOICE number 4711", "Amount due: 1250 EUR")))
                : routed(Route.TEXT, "we hereby order: purchase order PO number 77, please deliver", null);
        long started = System.nanoTime();
        send(hostile);
        send(valid);

        ConsumerRecord<String, byte[]> rejectedRecord =
                awaitOutput(hostile.documentId().toString());
        long rejectedAfter = (System.nanoTime() - started) / 1_000_000;
        ConsumerRecord<String, byte[]> classifiedRecord =
                awaitOutput(valid.documentId().toString());

        assertThat(rejectedRecord.topic()).isEqualTo(Topic.Names.REJECTED);
        DocumentRejected rejected = CODEC.decode(rejectedRecord.value(), DocumentRejected.class);
        log.info(
                "hostile {} on the {} route: {} in {} ms ({})",
                file,
                route.code(),
                rejected.reason().code(),
                rejectedAfter,
                rejected.detail());
        assertThat(rejected.stage()).isEqualTo(Stage.CLASSIFIER);
        assertThat(rejected.documentId()).isEqualTo(hostile.documentId());
        assertThat(rejected.reason()).as(rejected.detail()).isEqualTo(EXPECTED.get(file.name()));
        assertThat(classifiedRecord.topic()).isEqualTo(Topic.Names.CLASSIFIED);
        DocumentClassified outcome = CODEC.decode(classifiedRecord.value(), DocumentClassified.class);
        assertThat(outcome.label()).isEqualTo(route == Route.SCANNED ? Label.INVOICE : Label.PURCHASE_ORDER);
    }

    private static DocumentRouted stored(DocumentRouted routed, byte[] bytes) {
        try (S3Client s3 = S3.client()) {
            s3.putObject(
                    b -> b.bucket(BUCKET)
                            .key(ContentRefs.parse(routed.contentRef()).key()),
                    RequestBody.fromBytes(bytes));
        }
        return routed;
    }
}
