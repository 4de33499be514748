package dev.mailroom.router;

import dev.mailroom.router.rules.Cleanser;
import java.time.Clock;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.OutputTag;

/**
 * The router's dataflow: validate, de-duplicate by sha256, cleanse and route, count, write. It receives its
 * source and sink, so tests can run it against any Kafka (or none); {@link RouterMain} wires the real ones.
 *
 * <p>Operator uids are part of the savepoint format: never change them, or state (the de-duplication
 * memory, the Kafka offsets and transactions) is not restored after an upgrade.
 */
public final class RouterJob {

    /** The job name shown in the Flink UI. */
    public static final String JOB_NAME = "mailroom-router";

    static final OutputTag<OutboundRecord> REJECTED =
            new OutputTag<>("rejected", TypeInformation.of(OutboundRecord.class));

    /** Stable operator uids. */
    static final String SOURCE_UID = "ingest-source";

    static final String VALIDATE_UID = "validate";
    static final String DEDUPLICATE_UID = "deduplicate";
    static final String ROUTE_UID = "route";
    static final String COUNT_UID = "count";
    static final String SINK_UID = "documents-sink";

    private final RouterConfig config;
    private final Source<InboundRecord, ?, ?> source;
    private final Sink<OutboundRecord> sink;
    private final Clock clock;

    /** A job reading {@code source} and writing every output record to {@code sink}. */
    public RouterJob(RouterConfig config, Source<InboundRecord, ?, ?> source, Sink<OutboundRecord> sink, Clock clock) {
        this.config = config;
        this.source = source;
        this.sink = sink;
        this.clock = clock;
    }

    /** Adds the dataflow to {@code env}. */
    public void addTo(StreamExecutionEnvironment env) {
        DataStream<InboundRecord> ingested = env.fromSource(source, WatermarkStrategy.noWatermarks(), "ingest")
                .uid(SOURCE_UID)
                .name("ingest");
        SingleOutputStreamOperator<AcceptedRecord> valid = ingested.process(
                        new ValidateFunction(config.maxRecordBytes(), clock))
                .uid(VALIDATE_UID)
                .name("validate");
        SingleOutputStreamOperator<AcceptedRecord> firstSeen = valid.keyBy(AcceptedRecord::sha256, Types.STRING)
                .process(new DeduplicateFunction(config.dedupTtl(), clock))
                .uid(DEDUPLICATE_UID)
                .name("deduplicate");
        SingleOutputStreamOperator<OutboundRecord> routed = firstSeen
                .process(new RouteFunction(new Cleanser(config.maxTextChars()), config.minTextChars(), clock))
                .uid(ROUTE_UID)
                .name("cleanse-and-route");
        routed.union(valid.getSideOutput(REJECTED), firstSeen.getSideOutput(REJECTED))
                .map(new CountingFunction())
                .uid(COUNT_UID)
                .name("count")
                .sinkTo(sink)
                .uid(SINK_UID)
                .name("documents");
    }

    /**
     * The Flink configuration the job needs: checkpointing, no Kryo fallback, parallelism, restore path. The state
     * backend is left to the cluster (Flink's default is the heap; RocksDB suits a large de-duplication memory).
     */
    public static Configuration flinkConfiguration(RouterConfig config) {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.NAME, JOB_NAME);
        // Fail at job build time on a type Flink cannot serialise as a POJO, not with Kryo in production.
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, config.checkpointInterval());
        conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
        conf.set(
                CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        if (config.checkpointDir() != null) {
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, config.checkpointDir());
        }
        if (config.restoreFrom() != null) {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, config.restoreFrom());
        }
        if (config.parallelism() > 0) {
            conf.set(CoreOptions.DEFAULT_PARALLELISM, config.parallelism());
        }
        return conf;
    }
}
