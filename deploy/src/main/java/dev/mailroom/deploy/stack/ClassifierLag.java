package dev.mailroom.deploy.stack;

import dev.mailroom.contracts.Topic;
import dev.mailroom.deploy.spec.ResourceNames;
import dev.mailroom.deploy.spec.ServiceCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.applicationautoscaling.CfnScalingPolicy;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;

/**
 * The classifier's consumer lag as MSK publishes it ({@code AWS/Kafka SumOffsetLag} per consumer group and topic),
 * divided by the running classifier tasks (Container Insights {@code RunningTaskCount}): total lag does not fall as
 * tasks are added, lag per task does, which is what target tracking needs.
 */
public final class ClassifierLag {

    /** CloudWatch namespace of Amazon MSK metrics. */
    public static final String MSK_NAMESPACE = "AWS/Kafka";

    /** MSK consumer-lag metric: sum of offset lag over the partitions of one topic for one consumer group. */
    public static final String LAG_METRIC = "SumOffsetLag";

    /** Container Insights namespace (the cluster has Container Insights on). */
    public static final String INSIGHTS_NAMESPACE = "ECS/ContainerInsights";

    /** The classifier's input topics and the consumer group that reads each. */
    public static final Map<Topic, String> INPUTS = inputs();

    private ClassifierLag() {}

    private static Map<Topic, String> inputs() {
        Map<Topic, String> inputs = new LinkedHashMap<>();
        inputs.put(Topic.TEXT, ServiceCatalog.CLASSIFIER_TEXT_GROUP);
        inputs.put(Topic.SCANNED, ServiceCatalog.CLASSIFIER_SCANNED_GROUP);
        return Map.copyOf(inputs);
    }

    /** MSK's lag of {@code group} on {@code topic}. */
    public static Metric lag(String mskCluster, Topic topic, String group) {
        return Metric.Builder.create()
                .namespace(MSK_NAMESPACE)
                .metricName(LAG_METRIC)
                .dimensionsMap(
                        Map.of("Cluster Name", mskCluster, "Consumer Group", group, "Topic", topic.defaultName()))
                .statistic("Maximum")
                .period(Duration.minutes(1))
                .build();
    }

    /** Running tasks of {@code service} (Container Insights). */
    public static Metric runningTasks(String service) {
        return Metric.Builder.create()
                .namespace(INSIGHTS_NAMESPACE)
                .metricName("RunningTaskCount")
                .dimensionsMap(Map.of("ClusterName", ResourceNames.PREFIX, "ServiceName", service))
                .statistic("Average")
                .period(Duration.minutes(1))
                .build();
    }

    /** Lag per running task, for alarms and the dashboard. */
    public static IMetric lagPerTask(String mskCluster, Topic topic, String group, String service) {
        String id = "lag" + topic.name().toLowerCase(java.util.Locale.ROOT);
        return MathExpression.Builder.create()
                .expression(id + " / IF(tasks > 0, tasks, 1)")
                .usingMetrics(Map.of(id, lag(mskCluster, topic, group), "tasks", runningTasks(service)))
                .label(topic.defaultName() + " lag per task (" + group + ")")
                .period(Duration.minutes(1))
                .build();
    }

    /** The same as a target-tracking metric-math specification (Application Auto Scaling). */
    static List<CfnScalingPolicy.TargetTrackingMetricDataQueryProperty> lagPerTaskQueries(
            String mskCluster, Topic topic, String group, String service) {
        return List.of(
                CfnScalingPolicy.TargetTrackingMetricDataQueryProperty.builder()
                        .id("lag")
                        .metricStat(CfnScalingPolicy.TargetTrackingMetricStatProperty.builder()
                                .metric(CfnScalingPolicy.TargetTrackingMetricProperty.builder()
                                        .namespace(MSK_NAMESPACE)
                                        .metricName(LAG_METRIC)
                                        .dimensions(List.of(
                                                dimension("Cluster Name", mskCluster),
                                                dimension("Consumer Group", group),
                                                dimension("Topic", topic.defaultName())))
                                        .build())
                                .stat("Maximum")
                                .build())
                        .returnData(false)
                        .build(),
                CfnScalingPolicy.TargetTrackingMetricDataQueryProperty.builder()
                        .id("tasks")
                        .metricStat(CfnScalingPolicy.TargetTrackingMetricStatProperty.builder()
                                .metric(CfnScalingPolicy.TargetTrackingMetricProperty.builder()
                                        .namespace(INSIGHTS_NAMESPACE)
                                        .metricName("RunningTaskCount")
                                        .dimensions(List.of(
                                                dimension("ClusterName", ResourceNames.PREFIX),
                                                dimension("ServiceName", service)))
                                        .build())
                                .stat("Average")
                                .build())
                        .returnData(false)
                        .build(),
                CfnScalingPolicy.TargetTrackingMetricDataQueryProperty.builder()
                        .id("lagPerTask")
                        .expression("lag / IF(tasks > 0, tasks, 1)")
                        .label(topic.defaultName() + " lag per classifier task")
                        .returnData(true)
                        .build());
    }

    private static CfnScalingPolicy.TargetTrackingMetricDimensionProperty dimension(String name, String value) {
        return CfnScalingPolicy.TargetTrackingMetricDimensionProperty.builder()
                .name(name)
                .value(value)
                .build();
    }
}
