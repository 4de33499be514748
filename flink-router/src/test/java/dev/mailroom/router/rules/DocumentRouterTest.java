package dev.mailroom.router.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.OriginalRecord;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Route;
import dev.mailroom.contracts.SampleEvents;
import dev.mailroom.contracts.Stage;
import dev.mailroom.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DocumentRouterTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final OriginalRecord ORIGINAL =
            OriginalRecord.of(Topic.INGEST.defaultName(), "{\"the\":\"original\"}".getBytes(StandardCharsets.UTF_8));

    private final DocumentRouter router = new DocumentRouter(new Cleanser(1000), 20, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void digitalDocumentGoesToTheTextRouteWithCleansedText() {
        DocumentRouter.Outcome outcome = router.route(SampleEvents.ingested(), ORIGINAL);

        assertThat(outcome).isInstanceOfSatisfying(DocumentRouter.Outcome.Routed.class, routed -> {
            assertThat(routed.rule()).isEqualTo(RoutingRule.TEXT_LAYER);
            assertThat(routed.event())
                    .isEqualTo(DocumentRouted.of(
                            SampleEvents.ingested(),
                            Route.TEXT,
                            SampleEvents.routed().text(),
                            NOW));
        });
    }

    @Test
    void scanKeepsItsIngestedTextForTheScannedRoute() {
        DocumentIngested scan = with(SampleEvents.ingested(), "image/png", false, "  OCR\nhint ");

        DocumentRouter.Outcome outcome = router.route(scan, ORIGINAL);

        assertThat(outcome).isInstanceOfSatisfying(DocumentRouter.Outcome.Routed.class, routed -> {
            assertThat(routed.event().route()).isEqualTo(Route.SCANNED);
            assertThat(routed.event().text()).isEqualTo("  OCR\nhint ");
            assertThat(routed.event().routedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void documentWithNothingUsableIsRejectedUnreadableWithItsOriginal() {
        DocumentIngested empty = with(SampleEvents.ingested(), "text/plain", true, "  hi ");

        DocumentRouter.Outcome outcome = router.route(empty, ORIGINAL);

        assertThat(outcome).isInstanceOfSatisfying(DocumentRouter.Outcome.Rejected.class, rejected -> {
            assertThat(rejected.rule()).isEqualTo(RoutingRule.NOTHING_USABLE);
            assertThat(rejected.event().reason()).isEqualTo(RejectReason.UNREADABLE);
            assertThat(rejected.event().stage()).isEqualTo(Stage.ROUTER);
            assertThat(rejected.event().documentId()).isEqualTo(SampleEvents.DOCUMENT_ID);
            assertThat(rejected.event().contentRef()).isEqualTo(empty.contentRef());
            assertThat(rejected.event().source()).isEqualTo(empty.source());
            assertThat(rejected.event().original()).isEqualTo(ORIGINAL);
            assertThat(rejected.event().rejectedAt()).isEqualTo(NOW);
            assertThat(rejected.event().detail()).contains("text/plain");
        });
    }

    static DocumentIngested with(DocumentIngested in, String contentType, boolean textLayer, String text) {
        return new DocumentIngested(
                in.documentId(),
                in.receivedAt(),
                in.source(),
                contentType,
                in.sizeBytes(),
                in.sha256(),
                in.contentRef(),
                text,
                textLayer,
                in.pages());
    }
}
