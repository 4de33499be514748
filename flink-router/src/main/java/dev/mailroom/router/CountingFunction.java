package dev.mailroom.router;

import dev.mailroom.contracts.Topic;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * Counts every outgoing record: {@code mailroom.route.<route>.documentsRouted} per route and
 * {@code mailroom.reason.<code>.documentsRejected} per reject reason.
 */
final class CountingFunction extends RichMapFunction<OutboundRecord, OutboundRecord> {

    private static final long serialVersionUID = 1L;

    static final String GROUP = "mailroom";
    static final String ROUTED = "documentsRouted";
    static final String REJECTED = "documentsRejected";

    private transient MetricGroup group;
    private transient Map<String, Counter> counters;

    @Override
    public void open(OpenContext openContext) {
        group = getRuntimeContext().getMetricGroup().addGroup(GROUP);
        counters = new HashMap<>();
    }

    @Override
    public OutboundRecord map(OutboundRecord record) {
        boolean rejected = record.topic() == Topic.REJECTED;
        counters.computeIfAbsent(
                        (rejected ? "reason:" : "route:") + record.label(),
                        k -> rejected
                                ? group.addGroup("reason", record.label()).counter(REJECTED)
                                : group.addGroup("route", record.label()).counter(ROUTED))
                .inc();
        return record;
    }
}
