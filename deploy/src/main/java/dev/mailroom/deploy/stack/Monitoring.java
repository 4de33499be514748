package dev.mailroom.deploy.stack;

import dev.mailroom.contracts.Topic;
import dev.mailroom.deploy.spec.ResourceNames;
import dev.mailroom.deploy.spec.ServiceCatalog;
import dev.mailroom.deploy.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.logs.FilterPattern;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.MetricFilter;
import software.amazon.awscdk.services.sns.Topic.Builder;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * CloudWatch alarms (to the SNS topic {@link #ALARM_TOPIC}) and the dashboard {@link #DASHBOARD}. Each alarm is named
 * in {@link Alarms}; docs/deploy.md says what each means and what to do.
 */
public final class Monitoring extends Construct {

    /** SNS topic every alarm notifies. */
    public static final String ALARM_TOPIC = ResourceNames.PREFIX + "-alarms";

    /** CloudWatch dashboard name. */
    public static final String DASHBOARD = ResourceNames.PREFIX;

    /** Namespace of the metrics the stack derives from logs. */
    public static final String LOG_METRICS_NAMESPACE = ResourceNames.PREFIX;

    /**
     * What the classifier logs when it gives up on a record after its retries and rejects it {@code
     * classification-failed} (classifier-service {@code RoutedDocumentListener}: "rejecting t-p@o after n attempts").
     */
    public static final List<String> CLASSIFICATION_FAILED_LOG_TERMS = List.of("rejecting", "after", "attempts");

    /** Alarm names. */
    public static final class Alarms {
        /** Share of rejected records among ingested ones over 15 minutes above {@code rejectedRatePercent}. */
        public static final String REJECTED_RATE = ResourceNames.PREFIX + "-rejected-rate";

        /** Records the classifier rejected after all retries ({@code classification-failed}). */
        public static final String CLASSIFICATION_FAILURES = ResourceNames.PREFIX + "-classification-failures";

        /** Classifier lag per task on one input topic stays far above the scaling target (scaling cannot keep up). */
        public static String consumerLag(Topic topic) {
            return ResourceNames.PREFIX + "-classifier-lag-" + topic.name().toLowerCase(Locale.ROOT);
        }

        /** HTTP 5xx answered by the load balancer or the services. */
        public static final String HTTP_5XX = ResourceNames.PREFIX + "-alb-5xx";

        /** Fewer tasks of a service run than desired for 15 minutes (crash loop, failing health checks). */
        public static String tasksNotRunning(String service) {
            return ResourceNames.PREFIX + "-" + service + "-tasks-not-running";
        }

        /** The Managed Flink router was down (restarting) in the last 5 minutes. */
        public static final String ROUTER_DOWNTIME = ResourceNames.PREFIX + "-flink-router-downtime";

        private Alarms() {}
    }

    /** Alarm name to alarm, in creation order. */
    private final Map<String, Alarm> alarms = new LinkedHashMap<>();

    /** Creates the alarms, the topic and the dashboard. */
    Monitoring(
            Construct scope,
            String id,
            DeploymentParameters params,
            Map<String, ServiceSpec> specs,
            ApplicationLoadBalancer loadBalancer,
            Map<String, LogGroup> logGroups) {
        super(scope, id);
        software.amazon.awscdk.services.sns.Topic topic =
                Builder.create(this, "AlarmTopic").topicName(ALARM_TOPIC).build();
        params.alarmEmail().ifPresent(email -> topic.addSubscription(new EmailSubscription(email)));

        IMetric rejectedRate = rejectedRate(params);
        alarm(Alarms.REJECTED_RATE, rejectedRate, params.rejectedRatePercent(), 3, "rejected/ingested records in %");

        MetricFilter failures = MetricFilter.Builder.create(this, "ClassificationFailedFilter")
                .logGroup(logGroups.get(ServiceCatalog.CLASSIFIER))
                .filterPattern(FilterPattern.allTerms(CLASSIFICATION_FAILED_LOG_TERMS.toArray(String[]::new)))
                .metricNamespace(LOG_METRICS_NAMESPACE)
                .metricName("ClassificationFailures")
                .metricValue("1")
                .defaultValue(0)
                .build();
        Metric failureCount = failures.metric()
                .with(software.amazon.awscdk.services.cloudwatch.MetricOptions.builder()
                        .statistic("Sum")
                        .period(Duration.minutes(5))
                        .build());
        alarm(Alarms.CLASSIFICATION_FAILURES, failureCount, 5, 1, "records rejected classification-failed");

        List<IMetric> lagMetrics = new ArrayList<>();
        ClassifierLag.INPUTS.forEach((input, group) -> {
            IMetric lag = ClassifierLag.lagPerTask(params.mskClusterName(), input, group, ServiceCatalog.CLASSIFIER);
            lagMetrics.add(lag);
            alarm(
                    Alarms.consumerLag(input),
                    lag,
                    params.classifierLagTarget() * LAG_ALARM_FACTOR,
                    15,
                    "lag per classifier task on " + input.defaultName());
        });

        IMetric http5xx = MathExpression.Builder.create()
                .expression("FILL(elb, 0) + FILL(target, 0)")
                .usingMetrics(Map.of(
                        "elb",
                        loadBalancer.getMetrics().httpCodeElb(HttpCodeElb.ELB_5XX_COUNT),
                        "target",
                        loadBalancer.getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT)))
                .label("HTTP 5xx (load balancer + services)")
                .period(Duration.minutes(5))
                .build();
        alarm(Alarms.HTTP_5XX, http5xx, 10, 1, "5xx answers per 5 minutes");

        List<IMetric> running = new ArrayList<>();
        for (ServiceSpec spec : specs.values()) {
            running.add(ClassifierLag.runningTasks(spec.name()));
            IMetric missing = MathExpression.Builder.create()
                    .expression("desired - running")
                    .usingMetrics(Map.of(
                            "desired", insights("DesiredTaskCount", spec.name()),
                            "running", ClassifierLag.runningTasks(spec.name())))
                    .label(spec.name() + " tasks desired but not running")
                    .period(Duration.minutes(5))
                    .build();
            alarm(Alarms.tasksNotRunning(spec.name()), missing, 1, 3, "tasks desired but not running");
        }
        if (params.flinkMode() == DeploymentParameters.FlinkMode.MANAGED) {
            Metric downtime = Metric.Builder.create()
                    .namespace("AWS/KinesisAnalytics")
                    .metricName("downtime")
                    .dimensionsMap(Map.of("Application", FlinkRouterApplication.NAME))
                    .statistic("Maximum")
                    .period(Duration.minutes(5))
                    .build();
            alarm(Alarms.ROUTER_DOWNTIME, downtime, 1, 1, "ms the router job was down");
        }
        SnsAction action = new SnsAction(topic);
        alarms.values().forEach(alarm -> {
            alarm.addAlarmAction(action);
            alarm.addOkAction(action);
        });

        List<IAlarm> all = new ArrayList<>(alarms.values());
        Dashboard.Builder.create(this, "Dashboard")
                .dashboardName(DASHBOARD)
                .widgets(List.of(
                        List.<IWidget>of(AlarmStatusWidget.Builder.create()
                                .title("alarms")
                                .alarms(all)
                                .width(24)
                                .build()),
                        List.<IWidget>of(
                                graph("classifier lag per task", lagMetrics),
                                graph("running tasks", running),
                                graph("rejected / ingested (%)", List.of(rejectedRate))),
                        List.<IWidget>of(
                                graph("classification failures", List.of(failureCount)),
                                graph("HTTP 5xx", List.of(http5xx)),
                                graph(
                                        "requests",
                                        List.of(loadBalancer.getMetrics().requestCount())))))
                .build();
    }

    /** Lag alarms fire at this multiple of the scaling target (per task). */
    static final int LAG_ALARM_FACTOR = 5;

    /** The alarms by name. */
    public Map<String, Alarm> alarms() {
        return Map.copyOf(alarms);
    }

    private void alarm(String name, IMetric metric, double threshold, int periods, String what) {
        alarms.put(
                name,
                Alarm.Builder.create(this, name)
                        .alarmName(name)
                        .alarmDescription(what + " >= " + threshold + " (docs/deploy.md, section Alarms)")
                        .metric(metric)
                        .threshold(threshold)
                        .evaluationPeriods(periods)
                        .datapointsToAlarm(periods)
                        .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                        .treatMissingData(TreatMissingData.NOT_BREACHING)
                        .build());
    }

    /**
     * Rejected over ingested records in percent, from MSK's per-topic {@code MessagesInPerSec} (needs the cluster's
     * monitoring level {@code PER_TOPIC_PER_BROKER}), summed over the brokers.
     */
    private static IMetric rejectedRate(DeploymentParameters params) {
        Map<String, IMetric> metrics = new LinkedHashMap<>();
        List<String> rejected = new ArrayList<>();
        List<String> ingested = new ArrayList<>();
        for (int broker = 1; broker <= params.mskBrokerCount(); broker++) {
            metrics.put("r" + broker, messagesIn(params, Topic.REJECTED, broker));
            metrics.put("i" + broker, messagesIn(params, Topic.INGEST, broker));
            rejected.add("FILL(r" + broker + ", 0)");
            ingested.add("FILL(i" + broker + ", 0)");
        }
        String in = String.join(" + ", ingested);
        return MathExpression.Builder.create()
                .expression("100 * (" + String.join(" + ", rejected) + ") / IF((" + in + ") > 0, " + in + ", 1)")
                .usingMetrics(metrics)
                .label("rejected / ingested (%)")
                .period(Duration.minutes(5))
                .build();
    }

    private static Metric messagesIn(DeploymentParameters params, Topic topic, int broker) {
        return Metric.Builder.create()
                .namespace(ClassifierLag.MSK_NAMESPACE)
                .metricName("MessagesInPerSec")
                .dimensionsMap(Map.of(
                        "Cluster Name",
                        params.mskClusterName(),
                        "Broker ID",
                        Integer.toString(broker),
                        "Topic",
                        topic.defaultName()))
                .statistic("Average")
                .period(Duration.minutes(5))
                .build();
    }

    private static Metric insights(String name, String service) {
        return Metric.Builder.create()
                .namespace(ClassifierLag.INSIGHTS_NAMESPACE)
                .metricName(name)
                .dimensionsMap(Map.of("ClusterName", ResourceNames.PREFIX, "ServiceName", service))
                .statistic("Average")
                .period(Duration.minutes(5))
                .build();
    }

    private static GraphWidget graph(String title, List<IMetric> metrics) {
        return GraphWidget.Builder.create().title(title).left(metrics).width(8).build();
    }
}
