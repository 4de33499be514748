package dev.mailroom.router;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.OriginalRecord;
import dev.mailroom.router.rules.Rejections;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by sha256: remembers the first documentId per content hash for the configured TTL; later documents
 * with the same bytes leave through the {@link RouterJob#REJECTED} side output as duplicates of the first.
 */
final class DeduplicateFunction extends KeyedProcessFunction<String, AcceptedRecord, AcceptedRecord> {

    private static final long serialVersionUID = 1L;

    /** State name: part of the savepoint format together with the operator uid; never rename. */
    static final String FIRST_DOCUMENT_STATE = "first-document-id";

    private final Duration ttl;
    private final Clock clock;
    private transient ValueState<String> firstDocumentId;
    private transient EventCodec codec;
    private transient Rejections rejections;
    private transient Outbound outbound;

    DeduplicateFunction(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<String> descriptor = new ValueStateDescriptor<>(FIRST_DOCUMENT_STATE, Types.STRING);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .updateTtlOnCreateAndWrite()
                .neverReturnExpired()
                .build());
        firstDocumentId = getRuntimeContext().getState(descriptor);
        codec = new EventCodec();
        rejections = new Rejections(clock);
        outbound = new Outbound(codec);
    }

    @Override
    public void processElement(AcceptedRecord in, Context ctx, Collector<AcceptedRecord> out) throws IOException {
        String first = firstDocumentId.value();
        if (first == null) {
            firstDocumentId.update(in.documentId());
            out.collect(in);
            return;
        }
        DocumentIngested document = codec.decode(in.value(), DocumentIngested.class);
        ctx.output(
                RouterJob.REJECTED,
                outbound.rejected(rejections.duplicate(
                        document, UUID.fromString(first), OriginalRecord.of(in.topic(), in.value()))));
    }
}
