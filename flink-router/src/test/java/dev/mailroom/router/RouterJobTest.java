package dev.mailroom.router;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;

class RouterJobTest {

    private final RouterConfig config = RouterConfig.parse(
            new String[] {"--checkpoint-dir", "file:///tmp/router-test", "--parallelism", "3"}, Map.of());

    @Test
    void jobGraphBuildsWithoutKryoAndKeepsItsOperatorUids() {
        Configuration conf = RouterJob.flinkConfiguration(config);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        new RouterJob(config, KafkaConnectors.source(config), KafkaConnectors.sink(config), Clock.systemUTC())
                .addTo(env);

        // Generating the graph creates every serializer: a generic (Kryo) type would fail here.
        StreamGraph graph = env.getStreamGraph();

        List<String> uids = graph.getStreamNodes().stream()
                .map(StreamNode::getTransformationUID)
                .filter(Objects::nonNull)
                .toList();
        assertThat(uids)
                .contains(
                        RouterJob.SOURCE_UID,
                        RouterJob.VALIDATE_UID,
                        RouterJob.DEDUPLICATE_UID,
                        RouterJob.ROUTE_UID,
                        RouterJob.COUNT_UID)
                .anySatisfy(uid -> assertThat(uid).startsWith(RouterJob.SINK_UID));
        assertThat(List.of(
                        RouterJob.SOURCE_UID,
                        RouterJob.VALIDATE_UID,
                        RouterJob.DEDUPLICATE_UID,
                        RouterJob.ROUTE_UID,
                        RouterJob.COUNT_UID,
                        RouterJob.SINK_UID))
                .as("savepoint compatibility: these uids must never change")
                .containsExactly("ingest-source", "validate", "deduplicate", "route", "count", "documents-sink");
    }

    @Test
    void configurationEnablesExactlyOnceCheckpointsRetainedOnCancel() {
        Configuration conf = RouterJob.flinkConfiguration(config);

        assertThat(conf.get(PipelineOptions.GENERIC_TYPES)).isFalse();
        assertThat(conf.get(CheckpointingOptions.CHECKPOINTING_INTERVAL)).isEqualTo(config.checkpointInterval());
        assertThat(conf.get(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION))
                .isEqualTo(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        assertThat(conf.get(CheckpointingOptions.CHECKPOINTS_DIRECTORY)).isEqualTo("file:///tmp/router-test");
        assertThat(conf.toMap()).containsEntry("parallelism.default", "3");
    }
}
