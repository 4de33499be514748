package dev.mailroom.router;

import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.OriginalRecord;
import dev.mailroom.router.rules.Rejections;
import dev.mailroom.router.rules.Validation;
import dev.mailroom.router.rules.Validator;
import java.time.Clock;
import java.util.Arrays;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Validates each ingest record; invalid ones leave through the {@link RouterJob#REJECTED} side output. */
final class ValidateFunction extends ProcessFunction<InboundRecord, AcceptedRecord> {

    private static final long serialVersionUID = 1L;

    private final int maxRecordBytes;
    private final Clock clock;
    private transient Validator validator;
    private transient Rejections rejections;
    private transient Outbound outbound;

    ValidateFunction(int maxRecordBytes, Clock clock) {
        this.maxRecordBytes = maxRecordBytes;
        this.clock = clock;
    }

    @Override
    public void open(OpenContext openContext) {
        validator = new Validator(maxRecordBytes);
        rejections = new Rejections(clock);
        outbound = new Outbound(new EventCodec());
    }

    @Override
    public void processElement(InboundRecord in, Context ctx, Collector<AcceptedRecord> out) {
        Validation validation = validator.validate(in.schemaId(), in.value());
        if (validation instanceof Validation.Valid valid) {
            out.collect(new AcceptedRecord(
                    valid.document().sha256(), valid.document().documentId().toString(), in.topic(), in.value()));
        } else if (validation instanceof Validation.Invalid invalid) {
            ctx.output(RouterJob.REJECTED, outbound.rejected(rejections.invalid(located(invalid, in), original(in))));
        }
    }

    /** Names where the record is, so that operators can find it on the ingest topic. */
    private static Validation.Invalid located(Validation.Invalid invalid, InboundRecord in) {
        String where = " [" + in.topic() + "-" + in.partition() + "@" + in.offset() + "]";
        return new Validation.Invalid(invalid.reason(), invalid.detail() + where, invalid.documentId());
    }

    /** The original, cut to the size limit so that the rejected record itself stays writable. */
    private OriginalRecord original(InboundRecord in) {
        byte[] value = in.value().length > maxRecordBytes ? Arrays.copyOf(in.value(), maxRecordBytes) : in.value();
        return OriginalRecord.of(in.topic(), value);
    }
}
