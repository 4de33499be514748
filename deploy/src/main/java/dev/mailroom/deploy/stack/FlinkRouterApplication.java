package dev.mailroom.deploy.stack;

import dev.mailroom.deploy.spec.KafkaAccess;
import dev.mailroom.deploy.spec.KafkaLimits;
import dev.mailroom.deploy.spec.ResourceNames;
import dev.mailroom.deploy.spec.ServiceCatalog;
import dev.mailroom.router.RouterConfig;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.IPeer;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplicationCloudWatchLoggingOption;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.LogStream;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

/**
 * The Flink router as an Amazon Managed Service for Apache Flink application (runtime {@link #RUNTIME}) in the VPC's
 * private subnets, its job jar read from the bucket's artifacts prefix and its settings passed as the runtime
 * property group {@link #PROPERTY_GROUP}.
 */
public final class FlinkRouterApplication extends Construct {

    /** Managed Flink runtime matching the router's Flink 2.2 build. */
    public static final String RUNTIME = "FLINK-2_2";

    /** Runtime property group the router reads its configuration from (flink-router's {@code ApplicationProperties}). */
    public static final String PROPERTY_GROUP = "RouterConfig";

    /** Application name. */
    public static final String NAME = ResourceNames.PREFIX + "-flink-router";

    private final CfnApplication application;
    private final Role role;
    private final SecurityGroup securityGroup;

    /** Creates the application, its role, security group and log stream. */
    public FlinkRouterApplication(
            Construct scope, String id, IVpc vpc, Bucket bucket, Key bucketKey, DeploymentParameters params) {
        super(scope, id);
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName(ResourceNames.logGroup("flink-router"))
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        LogStream stream = LogStream.Builder.create(this, "LogStream")
                .logGroup(logs)
                .logStreamName("application")
                .build();

        role = Role.Builder.create(this, "Role")
                .roleName(ResourceNames.PREFIX + "-flink-router")
                .description("Managed Flink role of the router: its jar, its logs, VPC networking")
                .assumedBy(new ServicePrincipal("kinesisanalytics.amazonaws.com"))
                .build();
        role.addToPolicy(PolicyStatement.Builder.create()
                .sid("ReadJobJar")
                .effect(Effect.ALLOW)
                .actions(List.of("s3:GetObject", "s3:GetObjectVersion"))
                .resources(List.of(bucket.arnForObjects(params.flinkJarKey())))
                .build());
        bucketKey.grant(role, "kms:Decrypt");
        role.addToPolicy(PolicyStatement.Builder.create()
                .sid("WriteLogs")
                .effect(Effect.ALLOW)
                .actions(List.of("logs:PutLogEvents", "logs:DescribeLogStreams"))
                .resources(List.of(logs.getLogGroupArn()))
                .build());
        role.addToPolicy(PolicyStatement.Builder.create()
                .sid("VpcNetworking")
                .effect(Effect.ALLOW)
                .actions(List.of(
                        "ec2:DescribeVpcs",
                        "ec2:DescribeSubnets",
                        "ec2:DescribeSecurityGroups",
                        "ec2:DescribeDhcpOptions",
                        "ec2:DescribeNetworkInterfaces",
                        "ec2:CreateNetworkInterface",
                        "ec2:CreateNetworkInterfacePermission",
                        "ec2:DeleteNetworkInterface"))
                .resources(List.of("*"))
                .build());

        ServiceCatalog.kafkaAccess(ServiceCatalog.ROUTER)
                .filter(access -> params.kafkaAuth() == DeploymentParameters.KafkaAuth.MSK_IAM)
                .ifPresent(access -> KafkaGrants.grant(role, params.mskClusterName(), access));

        // The job talks to Kafka only: its jar, snapshots and logs are the service's side, not the application's
        // network interfaces. So egress is the Kafka listener, to the brokers' group when known, else the VPC.
        securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
                .vpc(vpc)
                .description("mailroom Flink router: outbound to Kafka only")
                .allowAllOutbound(false)
                .build();
        IPeer brokers = params.mskSecurityGroupId()
                .<IPeer>map(group -> SecurityGroup.fromSecurityGroupId(this, "Brokers", group))
                .orElseGet(() -> Peer.ipv4(vpc.getVpcCidrBlock()));
        securityGroup.addEgressRule(brokers, Port.tcp(params.kafkaPort()), "Kafka brokers");
        List<String> subnets = vpc
                .selectSubnets(SubnetSelection.builder()
                        .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .build())
                .getSubnets()
                .stream()
                .map(ISubnet::getSubnetId)
                .toList();

        application = CfnApplication.Builder.create(this, "Application")
                .applicationName(NAME)
                .applicationDescription("mailroom router: cleanse, de-duplicate, split documents.ingest")
                .runtimeEnvironment(RUNTIME)
                .serviceExecutionRole(role.getRoleArn())
                .applicationConfiguration(CfnApplication.ApplicationConfigurationProperty.builder()
                        .applicationCodeConfiguration(CfnApplication.ApplicationCodeConfigurationProperty.builder()
                                .codeContentType("ZIPFILE")
                                .codeContent(CfnApplication.CodeContentProperty.builder()
                                        .s3ContentLocation(CfnApplication.S3ContentLocationProperty.builder()
                                                .bucketArn(bucket.getBucketArn())
                                                .fileKey(params.flinkJarKey())
                                                .build())
                                        .build())
                                .build())
                        .environmentProperties(CfnApplication.EnvironmentPropertiesProperty.builder()
                                .propertyGroups(List.of(CfnApplication.PropertyGroupProperty.builder()
                                        .propertyGroupId(PROPERTY_GROUP)
                                        .propertyMap(properties(params))
                                        .build()))
                                .build())
                        .flinkApplicationConfiguration(CfnApplication.FlinkApplicationConfigurationProperty.builder()
                                .checkpointConfiguration(CfnApplication.CheckpointConfigurationProperty.builder()
                                        .configurationType("DEFAULT")
                                        .build())
                                .monitoringConfiguration(CfnApplication.MonitoringConfigurationProperty.builder()
                                        .configurationType("CUSTOM")
                                        .logLevel("INFO")
                                        .metricsLevel("OPERATOR")
                                        .build())
                                .parallelismConfiguration(CfnApplication.ParallelismConfigurationProperty.builder()
                                        .configurationType("CUSTOM")
                                        .parallelism(2)
                                        .parallelismPerKpu(1)
                                        .autoScalingEnabled(true)
                                        .build())
                                .build())
                        .applicationSnapshotConfiguration(
                                CfnApplication.ApplicationSnapshotConfigurationProperty.builder()
                                        .snapshotsEnabled(true)
                                        .build())
                        .vpcConfigurations(List.of(CfnApplication.VpcConfigurationProperty.builder()
                                .subnetIds(subnets)
                                .securityGroupIds(List.of(securityGroup.getSecurityGroupId()))
                                .build()))
                        .build())
                .build();
        application.getNode().addDependency(role);

        CfnApplicationCloudWatchLoggingOption.Builder.create(this, "Logging")
                .applicationName(NAME)
                .cloudWatchLoggingOption(CfnApplicationCloudWatchLoggingOption.CloudWatchLoggingOptionProperty.builder()
                        .logStreamArn(logStreamArn(scope, logs, stream))
                        .build())
                .build()
                .addDependency(application);
    }

    /**
     * The router's runtime properties: keys are {@code RouterConfig.Option} keys, so a renamed option breaks the
     * build here instead of silently falling back to a default in production.
     */
    public static Map<String, String> properties(DeploymentParameters params) {
        Map<String, String> properties = new TreeMap<>();
        properties.put(RouterConfig.Option.BOOTSTRAP_SERVERS.key(), params.kafkaBootstrapServers());
        properties.put(RouterConfig.Option.KAFKA_AUTH.key(), params.kafkaAuth().value());
        properties.put(RouterConfig.Option.KAFKA_TLS.key(), Boolean.toString(params.kafkaTls()));
        KafkaAccess access = ServiceCatalog.kafkaAccess(ServiceCatalog.ROUTER).orElseThrow();
        // the same group and transactional-id prefix the role's kafka-cluster grants name
        properties.put(RouterConfig.Option.GROUP_ID.key(), access.groups().get(0));
        properties.put(
                RouterConfig.Option.TRANSACTIONAL_ID_PREFIX.key(),
                access.transactionalIdPrefix().orElseThrow());
        properties.put(RouterConfig.Option.MAX_RECORD_BYTES.key(), Integer.toString(KafkaLimits.INGEST_RECORD_BYTES));
        return properties;
    }

    /** The CloudFormation application resource. */
    public CfnApplication application() {
        return application;
    }

    /** The security group of the application's network interfaces. */
    public SecurityGroup securityGroup() {
        return securityGroup;
    }

    /** The role the application runs with. */
    public Role role() {
        return role;
    }

    private static String logStreamArn(Construct scope, LogGroup logs, LogStream stream) {
        software.amazon.awscdk.Stack stack = software.amazon.awscdk.Stack.of(scope);
        return stack.formatArn(software.amazon.awscdk.ArnComponents.builder()
                .service("logs")
                .resource("log-group")
                .resourceName(logs.getLogGroupName() + ":log-stream:" + stream.getLogStreamName())
                .arnFormat(software.amazon.awscdk.ArnFormat.COLON_RESOURCE_NAME)
                .build());
    }
}
