package dev.mailroom.deploy.stack;

import dev.mailroom.deploy.spec.BucketAccess;
import dev.mailroom.deploy.spec.DeploymentValues;
import dev.mailroom.deploy.spec.ResourceNames;
import dev.mailroom.deploy.spec.SecretSpec;
import dev.mailroom.deploy.spec.ServiceCatalog;
import dev.mailroom.deploy.spec.ServiceSpec;
import dev.mailroom.deploy.taskdef.TaskDefinitionDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.applicationautoscaling.BasicTargetTrackingScalingPolicyProps;
import software.amazon.awscdk.services.applicationautoscaling.CfnScalingPolicy;
import software.amazon.awscdk.services.applicationautoscaling.PredefinedMetric;
import software.amazon.awscdk.services.applicationautoscaling.ScalableTarget;
import software.amazon.awscdk.services.applicationautoscaling.ServiceNamespace;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcLookupOptions;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecs.AppProtocol;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.Protocol;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.FixedResponseOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCondition;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.ssm.SecureStringParameterAttributes;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

/**
 * mailroom on ECS Fargate: network (new or existing VPC), the encrypted bucket, one Fargate service per Spring Boot
 * service behind one load balancer, classifier autoscaling on CPU and consumer lag, and the Flink router.
 */
public final class MailroomStack extends Stack {

    /** Target CPU utilisation (percent) of the classifier's CPU scaling policy. */
    public static final int CLASSIFIER_CPU_TARGET = 60;

    /**
     * Seconds a connection may stay idle at the load balancer. An upload of up to 100 MB (ingest's multipart cap)
     * answers only after ingest stored it and extracted its text (up to {@code mailroom.ingest.extraction.timeout},
     * 30 s, plus the S3 write); the default 60 s would cut slow clients and big PDFs.
     */
    public static final int ALB_IDLE_TIMEOUT_SECONDS = 300;

    private final Bucket bucket;
    private final Map<String, FargateService> services = new LinkedHashMap<>();
    private final Map<String, SecurityGroup> securityGroups = new LinkedHashMap<>();
    private final Map<String, LogGroup> logGroups = new LinkedHashMap<>();
    private software.amazon.awscdk.services.secretsmanager.Secret kafkaScramSecret;
    private final ApplicationLoadBalancer loadBalancer;

    /** Builds the stack from the deployment parameters. */
    public MailroomStack(Construct scope, String id, StackProps props, DeploymentParameters params) {
        super(scope, id, props);

        IVpc vpc = params.vpcId()
                .map(vpcId -> Vpc.fromLookup(
                        this, "Vpc", VpcLookupOptions.builder().vpcId(vpcId).build()))
                .orElseGet(() ->
                        Vpc.Builder.create(this, "Vpc").maxAzs(2).natGateways(1).build());

        Key bucketKey = Key.Builder.create(this, "BucketKey")
                .description("mailroom bucket encryption")
                .enableKeyRotation(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Bucket.Builder bucketBuilder = Bucket.Builder.create(this, "Bucket")
                .versioned(true)
                .encryption(BucketEncryption.KMS)
                .encryptionKey(bucketKey)
                .bucketKeyEnabled(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("expire-noncurrent-versions")
                        .noncurrentVersionExpiration(Duration.days(90))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN);
        params.bucketName().ifPresent(bucketBuilder::bucketName);
        bucket = bucketBuilder.build();

        Cluster cluster = Cluster.Builder.create(this, "Cluster")
                .vpc(vpc)
                .clusterName(ResourceNames.PREFIX)
                .containerInsightsV2(ContainerInsights.ENABLED)
                .build();

        SecurityGroup albSecurityGroup = SecurityGroup.Builder.create(this, "AlbSecurityGroup")
                .vpc(vpc)
                .description("mailroom load balancer")
                .allowAllOutbound(false)
                .build();
        loadBalancer = ApplicationLoadBalancer.Builder.create(this, "Alb")
                .vpc(vpc)
                .internetFacing(params.internetFacing())
                .securityGroup(albSecurityGroup)
                .dropInvalidHeaderFields(true)
                .idleTimeout(Duration.seconds(ALB_IDLE_TIMEOUT_SECONDS))
                .build();
        ApplicationListener listener = listener(params);

        boolean scram = params.kafkaAuth() == DeploymentParameters.KafkaAuth.SCRAM_SHA_512;
        if (scram) {
            kafkaScramSecret = scramSecret(params);
        }
        DeploymentValues values = new DeploymentValues(
                bucket.getBucketName(),
                getRegion(),
                params.kafkaBootstrapServers(),
                params.kafkaAuth().value(),
                Boolean.toString(params.kafkaTls()),
                scram ? Optional.of(params.kafkaScramUsername()) : Optional.empty());
        int priority = 10;
        Map<String, ServiceSpec> specs = new LinkedHashMap<>();
        List<ServiceSpec> catalog = ServiceCatalog.services(values, params.imap());
        Map<String, software.amazon.awscdk.services.secretsmanager.Secret> apiKeys = apiKeySecrets(catalog);
        for (ServiceSpec spec : catalog) {
            specs.put(spec.name(), spec);
            FargateService service = service(spec, cluster, bucketKey, apiKeys, params);
            ServiceCatalog.kafkaAccess(spec.name())
                    .filter(access -> params.kafkaAuth() == DeploymentParameters.KafkaAuth.MSK_IAM)
                    .ifPresent(access -> KafkaGrants.grant(
                            service.getTaskDefinition().getTaskRole(), params.mskClusterName(), access));
            services.put(spec.name(), service);
            listener.addTargets(
                    spec.name(),
                    AddApplicationTargetsProps.builder()
                            .priority(priority)
                            .conditions(List.of(ListenerCondition.pathPatterns(spec.apiPaths())))
                            .port(spec.port())
                            .protocol(ApplicationProtocol.HTTP)
                            .targets(List.of(service))
                            .deregistrationDelay(Duration.seconds(30))
                            .healthCheck(software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck.builder()
                                    .path(spec.targetHealthPath())
                                    .healthyHttpCodes("200")
                                    .interval(Duration.seconds(15))
                                    .healthyThresholdCount(2)
                                    .unhealthyThresholdCount(3)
                                    .build())
                            .build());
            priority += 10;
        }
        classifierScaling(specs.get(ServiceCatalog.CLASSIFIER), params);
        new Monitoring(this, "Monitoring", params, specs, loadBalancer, logGroups);

        if (params.flinkMode() == DeploymentParameters.FlinkMode.MANAGED) {
            FlinkRouterApplication router =
                    new FlinkRouterApplication(this, "FlinkRouter", vpc, bucket, bucketKey, params);
            securityGroups.put(ServiceCatalog.ROUTER, router.securityGroup());
        }
        params.mskSecurityGroupId().ifPresent(groupId -> {
            ISecurityGroup kafka = SecurityGroup.fromSecurityGroupId(this, "KafkaSecurityGroup", groupId);
            securityGroups.forEach((name, group) -> {
                if (ServiceCatalog.kafkaAccess(name).isPresent()) {
                    kafka.addIngressRule(group, Port.tcp(params.kafkaPort()), "mailroom " + name + " to Kafka");
                }
            });
        });

        CfnOutput.Builder.create(this, "LoadBalancerDns")
                .value(loadBalancer.getLoadBalancerDnsName())
                .build();
        CfnOutput.Builder.create(this, "BucketName")
                .value(bucket.getBucketName())
                .build();
        CfnOutput.Builder.create(this, "ClusterName")
                .value(cluster.getClusterName())
                .build();
        apiKeys.forEach((name, secret) -> CfnOutput.Builder.create(
                        this, secret.getNode().getId() + "Secret")
                .value(secret.getSecretArn())
                .build());
    }

    /** The bucket (raw documents, models, artifacts). */
    public Bucket bucket() {
        return bucket;
    }

    /** The Fargate services by name. */
    public Map<String, FargateService> services() {
        return Map.copyOf(services);
    }

    /** The load balancer in front of the REST APIs. */
    public ApplicationLoadBalancer loadBalancer() {
        return loadBalancer;
    }

    private ApplicationListener listener(DeploymentParameters params) {
        ListenerAction notFound = ListenerAction.fixedResponse(
                404,
                FixedResponseOptions.builder()
                        .contentType("application/problem+json")
                        .messageBody("{\"title\":\"Not Found\",\"status\":404}")
                        .build());
        if (params.certificateArn().isPresent()) {
            loadBalancer.addRedirect();
            return loadBalancer.addListener(
                    "Https",
                    BaseApplicationListenerProps.builder()
                            .port(443)
                            .protocol(ApplicationProtocol.HTTPS)
                            .certificates(List.of(ListenerCertificate.fromArn(
                                    params.certificateArn().get())))
                            .sslPolicy(SslPolicy.RECOMMENDED_TLS)
                            .defaultAction(notFound)
                            .build());
        }
        return loadBalancer.addListener(
                "Http",
                BaseApplicationListenerProps.builder()
                        .port(80)
                        .protocol(ApplicationProtocol.HTTP)
                        .defaultAction(notFound)
                        .build());
    }

    private FargateService service(
            ServiceSpec spec,
            Cluster cluster,
            Key bucketKey,
            Map<String, software.amazon.awscdk.services.secretsmanager.Secret> apiKeys,
            DeploymentParameters params) {
        String id = spec.name();
        LogGroup logs = LogGroup.Builder.create(this, id + "-logs")
                .logGroupName(ResourceNames.logGroup(id))
                .retention(RetentionDays.ONE_MONTH)
                // logs outlive the stack: an incident is often investigated after a teardown
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        logGroups.put(id, logs);
        Role taskRole = Role.Builder.create(this, id + "-task-role")
                .roleName(ResourceNames.taskRole(id))
                .description("application role of " + id)
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .build();
        grantBucketAccess(taskRole, spec.bucketAccess(), bucketKey);
        Role executionRole = Role.Builder.create(this, id + "-execution-role")
                .roleName(ResourceNames.executionRole(id))
                .description("ECS agent role of " + id + ": image pull, logs, secrets")
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .build();

        FargateTaskDefinition taskDefinition = FargateTaskDefinition.Builder.create(this, id + "-task")
                .family(ResourceNames.family(id))
                .cpu(spec.cpu())
                .memoryLimitMiB(spec.memoryMiB())
                .taskRole(taskRole)
                .executionRole(executionRole)
                .runtimePlatform(RuntimePlatform.builder()
                        .cpuArchitecture(CpuArchitecture.X86_64)
                        .operatingSystemFamily(OperatingSystemFamily.LINUX)
                        .build())
                .build();
        taskDefinition.addContainer(
                id,
                ContainerDefinitionOptions.builder()
                        .containerName(id)
                        .image(ContainerImage.fromEcrRepository(
                                Repository.fromRepositoryName(this, id + "-repository", ResourceNames.repository(id)),
                                params.imageTag()))
                        .essential(true)
                        .portMappings(List.of(PortMapping.builder()
                                .name("http")
                                .containerPort(spec.port())
                                .protocol(Protocol.TCP)
                                .appProtocol(AppProtocol.getHttp())
                                .build()))
                        .environment(spec.environment())
                        .secrets(secrets(spec, apiKeys))
                        .logging(LogDriver.awsLogs(AwsLogDriverProps.builder()
                                .logGroup(logs)
                                .streamPrefix(id)
                                .build()))
                        .healthCheck(HealthCheck.builder()
                                .command(spec.healthCheckCommand())
                                .interval(Duration.seconds(TaskDefinitionDocument.HEALTH_INTERVAL))
                                .timeout(Duration.seconds(TaskDefinitionDocument.HEALTH_TIMEOUT))
                                .retries(TaskDefinitionDocument.HEALTH_RETRIES)
                                .startPeriod(Duration.seconds(TaskDefinitionDocument.HEALTH_START_PERIOD))
                                .build())
                        .stopTimeout(Duration.seconds(TaskDefinitionDocument.STOP_TIMEOUT))
                        .build());

        SecurityGroup securityGroup = SecurityGroup.Builder.create(this, id + "-security-group")
                .vpc(cluster.getVpc())
                .description(id + " tasks: HTTP from the load balancer only")
                .allowAllOutbound(true)
                .build();
        securityGroups.put(id, securityGroup);
        return FargateService.Builder.create(this, id + "-service")
                .cluster(cluster)
                .serviceName(id)
                .taskDefinition(taskDefinition)
                .desiredCount(spec.desiredCount())
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .circuitBreaker(DeploymentCircuitBreaker.builder()
                        .enable(true)
                        .rollback(true)
                        .build())
                .healthCheckGracePeriod(Duration.seconds(TaskDefinitionDocument.HEALTH_START_PERIOD + 30))
                .securityGroups(List.of(securityGroup))
                .vpcSubnets(SubnetSelection.builder()
                        .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .build())
                .assignPublicIp(false)
                .build();
    }

    /**
     * One generated Secrets Manager secret per API key the services read (service-support keys: 48 characters, no
     * punctuation), by secret name; construct ids follow the name: {@code mailroom/training-api-key} is
     * {@code TrainingApiKey}.
     */
    private Map<String, software.amazon.awscdk.services.secretsmanager.Secret> apiKeySecrets(
            List<ServiceSpec> catalog) {
        Map<String, software.amazon.awscdk.services.secretsmanager.Secret> secrets = new LinkedHashMap<>();
        catalog.stream()
                .flatMap(spec -> spec.secrets().stream())
                .filter(secret -> secret.envName().equals(ServiceCatalog.CLIENT_API_KEY_ENV)
                        || secret.envName().equals(ServiceCatalog.OPS_API_KEY_ENV))
                .map(SecretSpec::name)
                .distinct()
                .forEach(name -> secrets.put(
                        name,
                        software.amazon.awscdk.services.secretsmanager.Secret.Builder.create(this, constructId(name))
                                .secretName(name)
                                .description("API key of mailroom's services (" + name + ")")
                                .generateSecretString(SecretStringGenerator.builder()
                                        .passwordLength(48)
                                        .excludePunctuation(true)
                                        .build())
                                .build()));
        return secrets;
    }

    private static String constructId(String secretName) {
        StringBuilder id = new StringBuilder();
        for (String word : secretName.substring(secretName.lastIndexOf('/') + 1).split("-")) {
            id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return id.toString();
    }

    private Map<String, Secret> secrets(
            ServiceSpec spec, Map<String, software.amazon.awscdk.services.secretsmanager.Secret> apiKeys) {
        Map<String, Secret> secrets = new LinkedHashMap<>();
        for (SecretSpec secret : spec.secrets()) {
            Secret value =
                    switch (secret.store()) {
                        case SECRETS_MANAGER -> {
                            if (apiKeys.containsKey(secret.name())) {
                                yield Secret.fromSecretsManager(apiKeys.get(secret.name()));
                            }
                            if (secret.name().equals(ServiceCatalog.KAFKA_SCRAM_SECRET) && kafkaScramSecret != null) {
                                yield Secret.fromSecretsManager(kafkaScramSecret, secret.jsonField());
                            }
                            throw new IllegalStateException("no such secret in the stack: " + secret.name());
                        }
                        case SSM_PARAMETER ->
                            Secret.fromSsmParameter(StringParameter.fromSecureStringParameterAttributes(
                                    this,
                                    spec.name() + "-" + secret.envName(),
                                    SecureStringParameterAttributes.builder()
                                            .parameterName(secret.name())
                                            .build()));
                    };
            secrets.put(secret.envName(), value);
        }
        return secrets;
    }

    /**
     * The SCRAM credentials, generated: a JSON secret {@code {"username", "password"}} under its own customer key (MSK
     * refuses secrets under the default key). Operators associate it with the cluster once (docs/deploy.md).
     */
    private software.amazon.awscdk.services.secretsmanager.Secret scramSecret(DeploymentParameters params) {
        Key key = Key.Builder.create(this, "KafkaScramKey")
                .description("mailroom Kafka SCRAM secret")
                .enableKeyRotation(true)
                .build();
        return software.amazon.awscdk.services.secretsmanager.Secret.Builder.create(this, "KafkaScramSecret")
                .secretName(ServiceCatalog.KAFKA_SCRAM_SECRET)
                .description("SCRAM-SHA-512 user of the mailroom Kafka clients; associate with the MSK cluster")
                .encryptionKey(key)
                .generateSecretString(SecretStringGenerator.builder()
                        .secretStringTemplate("{\"username\":\"" + params.kafkaScramUsername() + "\"}")
                        .generateStringKey("password")
                        .passwordLength(32)
                        .excludePunctuation(true)
                        .build())
                .build();
    }

    /** Object reads and listing under the read prefixes, object writes under the write prefixes, nothing else. */
    private void grantBucketAccess(Role role, BucketAccess access, Key bucketKey) {
        if (!access.readPrefixes().isEmpty()) {
            List<String> objects = new ArrayList<>();
            List<String> listPrefixes = new ArrayList<>();
            for (String prefix : access.readPrefixes()) {
                objects.add(bucket.arnForObjects(prefix + "*"));
                listPrefixes.add(prefix + "*");
            }
            role.addToPolicy(PolicyStatement.Builder.create()
                    .sid("ReadObjects")
                    .effect(Effect.ALLOW)
                    .actions(List.of("s3:GetObject"))
                    .resources(objects)
                    .build());
            role.addToPolicy(PolicyStatement.Builder.create()
                    .sid("ListReadPrefixes")
                    .effect(Effect.ALLOW)
                    .actions(List.of("s3:ListBucket"))
                    .resources(List.of(bucket.getBucketArn()))
                    .conditions(Map.of("StringLike", Map.of("s3:prefix", listPrefixes)))
                    .build());
            bucketKey.grant(role, "kms:Decrypt");
        }
        if (!access.writePrefixes().isEmpty()) {
            List<String> objects = new ArrayList<>();
            for (String prefix : access.writePrefixes()) {
                objects.add(bucket.arnForObjects(prefix + "*"));
            }
            role.addToPolicy(PolicyStatement.Builder.create()
                    .sid("WriteObjects")
                    .effect(Effect.ALLOW)
                    .actions(List.of("s3:PutObject"))
                    .resources(objects)
                    .build());
            bucketKey.grant(role, "kms:GenerateDataKey");
        }
    }

    private void classifierScaling(ServiceSpec spec, DeploymentParameters params) {
        if (spec.maxCount() > params.topicPartitions()) {
            // each task consumes both input topics; tasks past the partition count get no partition of either
            throw new IllegalArgumentException("the classifier scales to " + spec.maxCount() + " tasks but the topics"
                    + " have topicPartitions=" + params.topicPartitions() + " partitions: raise the partitions first");
        }
        ScalableTarget target = ScalableTarget.Builder.create(this, "classifier-scaling")
                .serviceNamespace(ServiceNamespace.ECS)
                .resourceId("service/" + ResourceNames.PREFIX + "/" + spec.name())
                .scalableDimension("ecs:service:DesiredCount")
                .minCapacity(spec.desiredCount())
                .maxCapacity(spec.maxCount())
                .build();
        target.getNode().addDependency(services.get(spec.name()));
        target.scaleToTrackMetric(
                "cpu",
                BasicTargetTrackingScalingPolicyProps.builder()
                        .predefinedMetric(PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION)
                        .targetValue(CLASSIFIER_CPU_TARGET)
                        .scaleOutCooldown(Duration.seconds(60))
                        .scaleInCooldown(Duration.seconds(300))
                        .build());
        ClassifierLag.INPUTS.forEach((topic, group) -> CfnScalingPolicy.Builder.create(
                        this, "classifier-lag-" + topic.name().toLowerCase(Locale.ROOT))
                .policyName("classifier-lag-per-task-" + topic.name().toLowerCase(Locale.ROOT))
                .policyType("TargetTrackingScaling")
                .scalingTargetId(target.getScalableTargetId())
                .targetTrackingScalingPolicyConfiguration(
                        CfnScalingPolicy.TargetTrackingScalingPolicyConfigurationProperty.builder()
                                .targetValue(params.classifierLagTarget())
                                .scaleOutCooldown(60)
                                .scaleInCooldown(300)
                                .customizedMetricSpecification(
                                        CfnScalingPolicy.CustomizedMetricSpecificationProperty.builder()
                                                .metrics(ClassifierLag.lagPerTaskQueries(
                                                        params.mskClusterName(), topic, group, spec.name()))
                                                .build())
                                .build())
                .build());
    }
}
