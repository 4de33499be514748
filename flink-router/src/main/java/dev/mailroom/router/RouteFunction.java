package dev.mailroom.router;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.OriginalRecord;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.router.rules.Cleanser;
import dev.mailroom.router.rules.DocumentRouter;
import dev.mailroom.router.rules.Rejections;
import dev.mailroom.router.rules.Validation;
import java.time.Clock;
import java.util.UUID;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Cleanses and routes a first-seen document to the text or scanned topic, or rejects it as unreadable. */
final class RouteFunction extends ProcessFunction<AcceptedRecord, OutboundRecord> {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(RouteFunction.class);

    private final Cleanser cleanser;
    private final int minTextChars;
    private final Clock clock;
    private transient EventCodec codec;
    private transient DocumentRouter router;
    private transient Outbound outbound;
    private transient Rejections rejections;

    RouteFunction(Cleanser cleanser, int minTextChars, Clock clock) {
        this.cleanser = cleanser;
        this.minTextChars = minTextChars;
        this.clock = clock;
    }

    @Override
    public void open(OpenContext openContext) {
        codec = new EventCodec();
        router = new DocumentRouter(cleanser, minTextChars, clock);
        outbound = new Outbound(codec);
        rejections = new Rejections(clock);
    }

    @Override
    public void processElement(AcceptedRecord in, Context ctx, Collector<OutboundRecord> out) {
        OriginalRecord original = OriginalRecord.of(in.topic(), in.value());
        DocumentRouter.Outcome outcome;
        try {
            DocumentIngested document = codec.decode(in.value(), DocumentIngested.class);
            outcome = router.route(document, original);
        } catch (RuntimeException | StackOverflowError e) {
            // A poison record must not fail the job into a restart loop: reject it instead.
            log.warn("Rejecting document {}: routing failed", in.documentId(), e);
            Validation.Invalid invalid = new Validation.Invalid(
                    RejectReason.MALFORMED, "routing failed: " + e, UUID.fromString(in.documentId()));
            out.collect(outbound.rejected(rejections.invalid(invalid, original)));
            return;
        }
        if (outcome instanceof DocumentRouter.Outcome.Routed routed) {
            out.collect(outbound.routed(routed.event()));
        } else if (outcome instanceof DocumentRouter.Outcome.Rejected rejected) {
            out.collect(outbound.rejected(rejected.event()));
        }
    }
}
