package dev.mailroom.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.contracts.Topic;
import dev.mailroom.deploy.iam.PolicyEvaluator;
import dev.mailroom.deploy.spec.ResourceNames;
import dev.mailroom.deploy.spec.ServiceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.assertions.Template;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailroomStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Template template;

    @BeforeAll
    void synthesise() {
        template = Synth.template(Synth.context());
    }

    @Test
    void bucketIsVersionedKmsEncryptedAndPrivate() {
        Map<String, Object> bucket = onlyProperties("AWS::S3::Bucket");
        assertThat(bucket.get("VersioningConfiguration")).isEqualTo(Map.of("Status", "Enabled"));
        assertThat(json(bucket.get("BucketEncryption")))
                .contains("\"SSEAlgorithm\":\"aws:kms\"")
                .contains("\"BucketKeyEnabled\":true")
                .contains("KMSMasterKeyID");
        assertThat(bucket.get("PublicAccessBlockConfiguration"))
                .isEqualTo(Map.of(
                        "BlockPublicAcls", true,
                        "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", true));
        assertThat(onlyProperties("AWS::KMS::Key").get("EnableKeyRotation")).isEqualTo(true);
    }

    @Test
    void bucketPolicyDeniesRequestsWithoutTls() {
        String policy = json(onlyProperties("AWS::S3::BucketPolicy"));
        assertThat(policy)
                .contains("\"Effect\":\"Deny\"")
                .contains("\"aws:SecureTransport\":\"false\"")
                .contains("\"Action\":\"s3:*\"");
    }

    @Test
    void everyServiceRunsOnFargateWithPortHealthCheckAndAwsLogs() {
        Map<String, Integer> ports =
                Map.of(ServiceCatalog.INGEST, 8081, ServiceCatalog.CLASSIFIER, 8082, ServiceCatalog.TRAINING, 8083);
        assertThat(Synth.resources(template, "AWS::ECS::TaskDefinition")).hasSize(3);
        ports.forEach((service, port) -> {
            Map<String, Object> task = Synth.properties(
                    Synth.single(template, "AWS::ECS::TaskDefinition", "Family", ResourceNames.family(service))
                            .getValue());
            assertThat(task.get("RequiresCompatibilities")).isEqualTo(List.of("FARGATE"));
            assertThat(task.get("NetworkMode")).isEqualTo("awsvpc");
            Map<String, Object> container = container(task);
            assertThat(container.get("Name")).isEqualTo(service);
            assertThat(json(container.get("PortMappings"))).contains("\"ContainerPort\":" + port);
            assertThat(container(task).get("HealthCheck"))
                    .isEqualTo(Map.of(
                            "Command",
                            List.of(
                                    "CMD-SHELL",
                                    "curl -fsS http://localhost:" + port + "/actuator/health/liveness || exit 1"),
                            "Interval",
                            30,
                            "Retries",
                            3,
                            "StartPeriod",
                            90,
                            "Timeout",
                            5));
            String logs = json(container.get("LogConfiguration"));
            assertThat(logs).contains("\"LogDriver\":\"awslogs\"").contains("\"awslogs-stream-prefix\":\"" + service);
            assertThat(json(container.get("Image")))
                    .contains("mailroom/" + service)
                    .contains(":1.4.2");
        });
    }

    @Test
    void servicesRunInPrivateSubnetsWithRollbackOnFailedDeployments() {
        Map<String, Map<String, Object>> services = Synth.resources(template, "AWS::ECS::Service");
        assertThat(services).hasSize(3);
        for (Map<String, Object> service : services.values()) {
            Map<String, Object> props = Synth.properties(service);
            assertThat(props.get("LaunchType")).isEqualTo("FARGATE");
            assertThat(json(props.get("NetworkConfiguration"))).contains("\"AssignPublicIp\":\"DISABLED\"");
            assertThat(json(props.get("DeploymentConfiguration")))
                    .contains("\"DeploymentCircuitBreaker\":{\"Enable\":true,\"Rollback\":true}");
        }
    }

    @Test
    void classifierTaskRoleOnlyReadsModelsAndRawDocuments() {
        List<Map<String, Object>> statements = s3AndKms(ResourceNames.taskRole("classifier-service"));
        assertThat(actions(statements)).containsExactlyInAnyOrder("s3:GetObject", "s3:ListBucket", "kms:Decrypt");
        assertThat(resourcesOf(statements, "s3:GetObject")).containsExactlyInAnyOrder("/models/*", "/raw/*");
        assertThat(json(statementWith(statements, "s3:ListBucket").get("Condition")))
                .isEqualTo("{\"StringLike\":{\"s3:prefix\":[\"models/*\",\"raw/*\"]}}");
    }

    @Test
    void trainingTaskRoleReadsWritesAndListsModelsAndItsJobs() {
        List<Map<String, Object>> statements = s3AndKms(ResourceNames.taskRole("training-service"));
        assertThat(actions(statements))
                .containsExactlyInAnyOrder(
                        "s3:GetObject", "s3:ListBucket", "s3:PutObject", "kms:Decrypt", "kms:GenerateDataKey");
        assertThat(resourcesOf(statements, "s3:GetObject")).containsExactlyInAnyOrder("/models/*", "/jobs/*");
        assertThat(resourcesOf(statements, "s3:PutObject")).containsExactlyInAnyOrder("/models/*", "/jobs/*");
        // JobStore lists jobs/ at start-up and the registry checks existence (404, not 403) under both prefixes
        assertThat(json(statementWith(statements, "s3:ListBucket").get("Condition")))
                .isEqualTo("{\"StringLike\":{\"s3:prefix\":[\"models/*\",\"jobs/*\"]}}");
        assertThat(json(Synth.statementsOfRole(template, ResourceNames.taskRole("training-service"))))
                .doesNotContain("kafka-cluster");
    }

    @Test
    void ingestTaskRoleOnlyWritesRawDocuments() {
        List<Map<String, Object>> statements = s3AndKms(ResourceNames.taskRole("ingest-service"));
        assertThat(actions(statements)).containsExactlyInAnyOrder("s3:PutObject", "kms:GenerateDataKey");
        assertThat(resourcesOf(statements, "s3:PutObject")).containsExactly("/raw/*");
    }

    @Test
    void kafkaGrantsNameExactlyEachClientsTopicsGroupsAndTransactionalIds() {
        String prefix = "arn:aws:kafka:" + Synth.REGION + ":" + Synth.ACCOUNT + ":";
        Map<String, List<String>> expected = Map.of(
                ResourceNames.taskRole("ingest-service"),
                List.of(
                        "KafkaConnect kafka-cluster:Connect,kafka-cluster:WriteDataIdempotently cluster/mailroom-msk/*",
                        "KafkaWrite kafka-cluster:DescribeTopic,kafka-cluster:WriteData"
                                + " topic/mailroom-msk/*/documents.ingest,topic/mailroom-msk/*/documents.rejected"),
                ResourceNames.taskRole("classifier-service"),
                List.of(
                        "KafkaConnect kafka-cluster:Connect,kafka-cluster:WriteDataIdempotently cluster/mailroom-msk/*",
                        "KafkaRead kafka-cluster:DescribeTopic,kafka-cluster:ReadData"
                                + " topic/mailroom-msk/*/documents.text,topic/mailroom-msk/*/documents.scanned",
                        "KafkaGroups kafka-cluster:DescribeGroup,kafka-cluster:AlterGroup"
                                + " group/mailroom-msk/*/classifier-text,group/mailroom-msk/*/classifier-scanned",
                        "KafkaWrite kafka-cluster:DescribeTopic,kafka-cluster:WriteData"
                                + " topic/mailroom-msk/*/documents.classified,topic/mailroom-msk/*/documents.rejected",
                        "KafkaTransactions kafka-cluster:DescribeTransactionalId,kafka-cluster:AlterTransactionalId"
                                + " transactional-id/mailroom-msk/*/classifier-tx-*"),
                "mailroom-flink-router",
                List.of(
                        "KafkaConnect kafka-cluster:Connect,kafka-cluster:WriteDataIdempotently cluster/mailroom-msk/*",
                        "KafkaRead kafka-cluster:DescribeTopic,kafka-cluster:ReadData"
                                + " topic/mailroom-msk/*/documents.ingest",
                        "KafkaGroups kafka-cluster:DescribeGroup,kafka-cluster:AlterGroup"
                                + " group/mailroom-msk/*/mailroom-router",
                        "KafkaWrite kafka-cluster:DescribeTopic,kafka-cluster:WriteData"
                                + " topic/mailroom-msk/*/documents.text,topic/mailroom-msk/*/documents.scanned,"
                                + "topic/mailroom-msk/*/documents.rejected",
                        "KafkaTransactions kafka-cluster:DescribeTransactionalId,kafka-cluster:AlterTransactionalId"
                                + " transactional-id/mailroom-msk/*/mailroom-router*"));
        PolicyEvaluator evaluator = new PolicyEvaluator(template.toJSON(), "bucket", Synth.ACCOUNT, Synth.REGION);
        expected.forEach((role, statements) -> {
            List<String> kafka = evaluator.statements(role).stream()
                    .filter(statement -> json(statement.get("Action")).contains("kafka-cluster:"))
                    .map(statement -> statement.get("Sid") + " " + String.join(",", list(statement.get("Action"))) + " "
                            + String.join(",", list(statement.get("Resource"))).replace(prefix, ""))
                    .toList();
            assertThat(kafka).as(role).containsExactlyInAnyOrderElementsOf(statements);
        });
    }

    @Test
    void everyKafkaClientGetsTheAuthenticationVariablesAndTheRecordSizeLimit() {
        for (String service : List.of("ingest-service", "classifier-service")) {
            String environment = json(container(Synth.properties(
                            Synth.single(template, "AWS::ECS::TaskDefinition", "Family", ResourceNames.family(service))
                                    .getValue()))
                    .get("Environment"));
            assertThat(environment)
                    .contains("{\"Name\":\"SPRING_KAFKA_SECURITY_PROTOCOL\",\"Value\":\"SASL_SSL\"}")
                    .contains("{\"Name\":\"SPRING_KAFKA_PROPERTIES_SASL_MECHANISM\",\"Value\":\"AWS_MSK_IAM\"}")
                    .contains("{\"Name\":\"SPRING_KAFKA_PRODUCER_PROPERTIES_MAX_REQUEST_SIZE\",\"Value\":\"8388608\"}")
                    .doesNotContain("SCRAM");
        }
    }

    @Test
    void scramWaitsForTheServicesToReadItsSecret() {
        assertThatThrownBy(() -> Synth.template(Synth.context("kafkaAuth", "scram-sha-512", "flinkMode", "external")))
                .hasMessageContaining("not available yet");
    }

    @Test
    void withoutAuthenticationTheClientsUseTheTlsListener() {
        Template tls = Synth.template(Synth.context("kafkaAuth", "none", "mskSecurityGroupId", "sg-0msk"));
        Map<String, Object> classifier = container(Synth.properties(
                Synth.single(tls, "AWS::ECS::TaskDefinition", "Family", ResourceNames.family("classifier-service"))
                        .getValue()));
        assertThat(json(classifier.get("Environment")))
                .contains("{\"Name\":\"SPRING_KAFKA_SECURITY_PROTOCOL\",\"Value\":\"SSL\"}")
                .doesNotContain("SASL");
        assertThat(json(Synth.statementsOfRole(tls, ResourceNames.taskRole("classifier-service"))))
                .doesNotContain("kafka-cluster");
        assertThat(Synth.resources(tls, "AWS::EC2::SecurityGroupIngress").values().stream()
                        .map(Synth::properties)
                        .filter(rule -> "sg-0msk".equals(rule.get("GroupId")))
                        .map(rule -> rule.get("FromPort"))
                        .toList())
                .containsOnly(9094)
                .hasSize(3);
    }

    @Test
    void noPolicyGrantsWildcardActionsOrDeletes() {
        for (Map<String, Object> policy :
                Synth.resources(template, "AWS::IAM::Policy").values()) {
            String document = json(Synth.properties(policy).get("PolicyDocument"));
            assertThat(document)
                    .doesNotContain("\"s3:*\"")
                    .doesNotContain("\"kms:*\"")
                    .doesNotContain("Delete\"");
        }
    }

    @Test
    void secretsComeFromSecretsManagerAndSsmAndAreReadableOnlyByExecutionRoles() {
        Map<String, Object> training = container(Synth.properties(
                Synth.single(template, "AWS::ECS::TaskDefinition", "Family", ResourceNames.family("training-service"))
                        .getValue()));
        assertThat(json(training.get("Secrets")))
                .contains("\"Name\":\"MAILROOM_SECURITY_APIKEYS_CLIENT_KEY\"")
                .contains("TrainingApiKey")
                .contains("\"Name\":\"MAILROOM_SECURITY_APIKEYS_OPS_KEY\"")
                .contains("OpsApiKey");
        Map<String, Object> ingest = container(Synth.properties(
                Synth.single(template, "AWS::ECS::TaskDefinition", "Family", ResourceNames.family("ingest-service"))
                        .getValue()));
        assertThat(json(ingest.get("Secrets")))
                .contains("\"Name\":\"MAILROOM_INGEST_IMAP_PASSWORD\"")
                .contains(":parameter/mailroom/ingest/imap-password");
        assertThat(json(Synth.statementsOfRole(template, ResourceNames.executionRole("training-service"))))
                .contains("secretsmanager:GetSecretValue");
        assertThat(json(Synth.statementsOfRole(template, ResourceNames.taskRole("training-service"))))
                .doesNotContain("secretsmanager");
        assertThat(json(Synth.statementsOfRole(template, ResourceNames.executionRole("ingest-service"))))
                .contains("ssm:GetParameters");
        assertThat(json(template.toJSON())).doesNotContain("SecretString\":\"");
    }

    @Test
    void classifierScalesOnCpuAndOnLagPerTaskOfItsRealConsumerGroups() {
        Map<String, Object> target = onlyProperties("AWS::ApplicationAutoScaling::ScalableTarget");
        assertThat(target.get("MinCapacity")).isEqualTo(2);
        assertThat(target.get("MaxCapacity")).isEqualTo(10);
        assertThat(target.get("ResourceId")).isEqualTo("service/mailroom/classifier-service");

        List<Map<String, Object>> policies =
                Synth.resources(template, "AWS::ApplicationAutoScaling::ScalingPolicy").values().stream()
                        .map(Synth::properties)
                        .collect(Collectors.toList());
        assertThat(policies).hasSize(3).allMatch(policy -> "TargetTrackingScaling".equals(policy.get("PolicyType")));
        List<String> configs = policies.stream()
                .map(policy -> json(policy.get("TargetTrackingScalingPolicyConfiguration")))
                .collect(Collectors.toList());
        assertThat(configs).anySatisfy(config -> assertThat(config)
                .contains("ECSServiceAverageCPUUtilization")
                .contains("\"TargetValue\":60"));
        Map<Topic, String> groups = Map.of(Topic.TEXT, "classifier-text", Topic.SCANNED, "classifier-scanned");
        groups.forEach((topic, group) -> assertThat(configs).anySatisfy(config -> assertThat(config)
                .contains("\"MetricName\":\"SumOffsetLag\"")
                .contains("\"Namespace\":\"AWS/Kafka\"")
                .contains("{\"Name\":\"Topic\",\"Value\":\"" + topic.defaultName() + "\"}")
                .contains("{\"Name\":\"Consumer Group\",\"Value\":\"" + group + "\"}")
                .contains("{\"Name\":\"Cluster Name\",\"Value\":\"mailroom-msk\"}")
                .contains("\"MetricName\":\"RunningTaskCount\"")
                .contains("{\"Name\":\"ServiceName\",\"Value\":\"classifier-service\"}")
                .contains("\"Expression\":\"lag / IF(tasks > 0, tasks, 1)\"")
                .contains("\"TargetValue\":200")));
        assertThat(json(template.toJSON())).doesNotContain("\"Consumer Group\",\"Value\":\"classifier-service\"");
    }

    @Test
    void classifierNeverScalesPastThePartitions() {
        assertThatThrownBy(() -> Synth.template(Synth.context("topicPartitions", "8")))
                .hasMessageContaining("partitions");
    }

    @Test
    void alarmsCoverRejectsFailuresLagErrorsAndTasksAndNotifyOneTopic() {
        List<String> names = Synth.resources(template, "AWS::CloudWatch::Alarm").values().stream()
                .map(alarm -> (String) Synth.properties(alarm).get("AlarmName"))
                .toList();
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "mailroom-rejected-rate",
                        "mailroom-classification-failures",
                        "mailroom-classifier-lag-text",
                        "mailroom-classifier-lag-scanned",
                        "mailroom-alb-5xx",
                        "mailroom-ingest-service-tasks-not-running",
                        "mailroom-classifier-service-tasks-not-running",
                        "mailroom-training-service-tasks-not-running",
                        "mailroom-flink-router-downtime");
        for (Map<String, Object> alarm :
                Synth.resources(template, "AWS::CloudWatch::Alarm").values()) {
            assertThat(json(Synth.properties(alarm).get("AlarmActions"))).contains("AlarmTopic");
        }
        assertThat(json(onlyProperties("AWS::Logs::MetricFilter")))
                .contains("\"FilterPattern\":\"\\\"rejecting\\\" \\\"after\\\" \\\"attempts\\\"\"")
                .contains("ClassificationFailures");
        assertThat(onlyProperties("AWS::CloudWatch::Dashboard").get("DashboardName"))
                .isEqualTo("mailroom");
        assertThat(json(onlyProperties("AWS::CloudWatch::Dashboard").get("DashboardBody")))
                .contains("classifier lag per task")
                .contains("HTTP 5xx");
    }

    @Test
    void logGroupsOutliveTheStack() {
        Map<String, Map<String, Object>> groups = Synth.resources(template, "AWS::Logs::LogGroup");
        assertThat(groups).hasSize(4);
        assertThat(groups.values())
                .allSatisfy(group -> assertThat(group.get("DeletionPolicy")).isEqualTo("Retain"));
    }

    @Test
    void loadBalancerWaitsLongEnoughForLargeUploads() {
        assertThat(json(onlyProperties("AWS::ElasticLoadBalancingV2::LoadBalancer")
                        .get("LoadBalancerAttributes")))
                .contains("{\"Key\":\"idle_timeout.timeout_seconds\",\"Value\":\"300\"}");
    }

    @Test
    void loadBalancerRoutesEachApiToItsServiceAndProbesItsHealth() {
        Map<String, Map<String, Object>> groups = Synth.resources(template, "AWS::ElasticLoadBalancingV2::TargetGroup");
        assertThat(groups).hasSize(3);
        Map<Integer, String> healthPaths = new TreeMap<>();
        for (Map<String, Object> group : groups.values()) {
            Map<String, Object> props = Synth.properties(group);
            assertThat(props.get("TargetType")).isEqualTo("ip");
            healthPaths.put((Integer) props.get("Port"), (String) props.get("HealthCheckPath"));
        }
        // the classifier is probed on liveness: its readiness waits for the first production model
        assertThat(healthPaths)
                .containsExactly(
                        Map.entry(8081, "/actuator/health/readiness"),
                        Map.entry(8082, "/actuator/health/liveness"),
                        Map.entry(8083, "/actuator/health/readiness"));

        List<String> rules = Synth.resources(template, "AWS::ElasticLoadBalancingV2::ListenerRule").values().stream()
                .map(rule -> json(Synth.properties(rule).get("Conditions")))
                .collect(Collectors.toList());
        assertThat(rules)
                .hasSize(3)
                .anySatisfy(rule -> assertThat(rule).contains("/api/v1/documents"))
                .anySatisfy(rule -> assertThat(rule).contains("/api/v1/classifications"))
                .anySatisfy(
                        rule -> assertThat(rule).contains("/api/v1/trainings").contains("/api/v1/models/*"));
        Map<String, Object> listener = onlyProperties("AWS::ElasticLoadBalancingV2::Listener");
        assertThat(listener.get("Port")).isEqualTo(80);
        assertThat(json(listener.get("DefaultActions"))).contains("\"StatusCode\":\"404\"");
        assertThat(onlyProperties("AWS::ElasticLoadBalancingV2::LoadBalancer").get("Scheme"))
                .isEqualTo("internal");
    }

    @Test
    void serviceSecurityGroupsAdmitOnlyTheLoadBalancerOnTheServicePort() {
        List<Map<String, Object>> ingress =
                Synth.resources(template, "AWS::EC2::SecurityGroupIngress").values().stream()
                        .map(Synth::properties)
                        .collect(Collectors.toList());
        List<Integer> ports = new ArrayList<>();
        for (Map<String, Object> rule : ingress) {
            assertThat(json(rule.get("SourceSecurityGroupId"))).contains("AlbSecurityGroup");
            assertThat(rule.get("FromPort")).isEqualTo(rule.get("ToPort"));
            ports.add((Integer) rule.get("FromPort"));
        }
        assertThat(ports).containsExactlyInAnyOrder(8081, 8082, 8083);
    }

    @Test
    void flinkRouterTalksOnlyToKafka() {
        Map<String, Object> group = Synth.properties(Synth.single(
                        template,
                        "AWS::EC2::SecurityGroup",
                        "GroupDescription",
                        "mailroom Flink router: outbound to Kafka only")
                .getValue());
        assertThat(json(group.get("SecurityGroupEgress")))
                .contains("\"FromPort\":9098")
                .contains("\"ToPort\":9098")
                .doesNotContain("0.0.0.0/0");
    }

    @Test
    void flinkRouterIsAManagedFlinkApplicationReadingItsJarFromArtifacts() {
        Map<String, Object> app = onlyProperties("AWS::KinesisAnalyticsV2::Application");
        assertThat(app.get("RuntimeEnvironment")).isEqualTo("FLINK-2_2");
        String config = json(app.get("ApplicationConfiguration"));
        assertThat(config)
                .contains("\"FileKey\":\"artifacts/flink-router/flink-router.jar\"")
                .contains("\"PropertyGroupId\":\"RouterConfig\"")
                .contains("\"bootstrap-servers\":\"b-1.msk:9098,b-2.msk:9098\"")
                .contains("\"kafka-auth\":\"msk-iam\"")
                .contains("\"SnapshotsEnabled\":true")
                .contains("VpcConfigurations");
        String statements = json(Synth.statementsOfRole(template, "mailroom-flink-router"));
        assertThat(statements)
                .contains("/artifacts/flink-router/flink-router.jar")
                .doesNotContain("s3:PutObject")
                .doesNotContain("/models/")
                .doesNotContain("/raw/");
    }

    @Test
    void withoutImapHostTheMailboxIsOffAndNoPasswordIsInjected() {
        Map<String, Object> context = Synth.context();
        context.remove("imapHost");
        Template withoutImap = Synth.template(context);
        Map<String, Object> ingest = container(Synth.properties(
                Synth.single(withoutImap, "AWS::ECS::TaskDefinition", "Family", ResourceNames.family("ingest-service"))
                        .getValue()));
        assertThat(json(ingest.get("Secrets")))
                .doesNotContain("MAILROOM_INGEST_IMAP_PASSWORD")
                .contains("MAILROOM_SECURITY_APIKEYS_CLIENT_KEY");
        assertThat(json(ingest.get("Environment"))).doesNotContain("MAILROOM_INGEST_IMAP");
        Map<String, Object> withImap = container(Synth.properties(
                Synth.single(template, "AWS::ECS::TaskDefinition", "Family", ResourceNames.family("ingest-service"))
                        .getValue()));
        assertThat(json(withImap.get("Environment")))
                .contains("{\"Name\":\"MAILROOM_INGEST_IMAP_ENABLED\",\"Value\":\"true\"}")
                .contains("{\"Name\":\"MAILROOM_INGEST_IMAP_HOST\",\"Value\":\"imap.example.com\"}");
    }

    @Test
    void kafkaClientsAndOnlyThemAreLetIntoTheMskSecurityGroupOnTheIamPort() {
        Template withMsk = Synth.template(Synth.context("mskSecurityGroupId", "sg-0msk"));
        List<Map<String, Object>> rules = Synth.resources(withMsk, "AWS::EC2::SecurityGroupIngress").values().stream()
                .map(Synth::properties)
                .filter(rule -> "sg-0msk".equals(rule.get("GroupId")))
                .collect(Collectors.toList());
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.get("FromPort")).isEqualTo(9098);
            assertThat(rule.get("ToPort")).isEqualTo(9098);
        });
        assertThat(rules.stream()
                        .map(rule -> json(rule.get("SourceSecurityGroupId")))
                        .toList())
                .hasSize(3)
                .anySatisfy(source -> assertThat(source).contains("ingestservice"))
                .anySatisfy(source -> assertThat(source).contains("classifierservice"))
                .anySatisfy(source -> assertThat(source).contains("FlinkRouter"))
                .noneSatisfy(source -> assertThat(source).contains("trainingservice"));
    }

    @Test
    void externalFlinkModeCreatesNoFlinkApplication() {
        Template external = Synth.template(Synth.context("flinkMode", "external"));
        external.resourceCountIs("AWS::KinesisAnalyticsV2::Application", 0);
        external.resourceCountIs("AWS::ECS::Service", 3);
    }

    @Test
    void existingVpcAndCertificateAreUsedInsteadOfCreatingNetworkAndHttp() {
        Template existing = Synth.template(Synth.context(
                "vpcId", "vpc-0abc",
                "certificateArn", "arn:aws:acm:eu-central-1:123456789012:certificate/abc",
                "internetFacing", "true"));
        existing.resourceCountIs("AWS::EC2::VPC", 0);
        existing.resourceCountIs("AWS::EC2::NatGateway", 0);
        List<Map<String, Object>> listeners =
                Synth.resources(existing, "AWS::ElasticLoadBalancingV2::Listener").values().stream()
                        .map(Synth::properties)
                        .collect(Collectors.toList());
        assertThat(listeners).hasSize(2);
        assertThat(json(listeners))
                .contains("\"Protocol\":\"HTTPS\"")
                .contains("certificate/abc")
                .contains("\"Type\":\"redirect\"");
        assertThat(Synth.properties(Synth.resources(existing, "AWS::ElasticLoadBalancingV2::LoadBalancer")
                                .values()
                                .iterator()
                                .next())
                        .get("Scheme"))
                .isEqualTo("internet-facing");
    }

    @Test
    void missingRequiredParameterNamesTheContextKey() {
        assertThatThrownBy(() -> DeploymentParameters.fromContext(Map.of("imageTag", "1")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-c kafkaBootstrapServers=");
        assertThatThrownBy(() -> DeploymentParameters.fromContext(Synth.context("kafkaAuth", "SASL_SSL")::get))
                .hasMessageContaining("none, msk-iam or scram-sha-512");
        assertThatThrownBy(() -> DeploymentParameters.fromContext(Synth.context("kafkaTls", "false")::get))
                .hasMessageContaining("needs kafkaTls=true");
        assertThatThrownBy(() -> DeploymentParameters.fromContext(Synth.context("internetFacing", "true")::get))
                .hasMessageContaining("needs certificateArn");
    }

    private List<Map<String, Object>> s3AndKms(String role) {
        return Synth.statementsOfRole(template, role).stream()
                .filter(statement -> !json(statement.get("Action")).contains("kafka-cluster:"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value instanceof List<?> l ? (List<String>) l : List.of((String) value);
    }

    private Map<String, Object> onlyProperties(String type) {
        Map<String, Map<String, Object>> found = Synth.resources(template, type);
        assertThat(found).as(type).hasSize(1);
        return Synth.properties(found.values().iterator().next());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> container(Map<String, Object> taskDefinition) {
        List<Map<String, Object>> containers = (List<Map<String, Object>>) taskDefinition.get("ContainerDefinitions");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static Set<String> actions(List<Map<String, Object>> statements) {
        Set<String> actions = new TreeSet<>();
        for (Map<String, Object> statement : statements) {
            assertThat(statement.get("Effect")).isEqualTo("Allow");
            Object action = statement.get("Action");
            if (action instanceof List<?> list) {
                list.forEach(item -> actions.add((String) item));
            } else {
                actions.add((String) action);
            }
        }
        return actions;
    }

    private static Map<String, Object> statementWith(List<Map<String, Object>> statements, String action) {
        List<Map<String, Object>> matching = statements.stream()
                .filter(statement -> json(statement.get("Action")).contains("\"" + action + "\""))
                .collect(Collectors.toList());
        assertThat(matching).as(action).hasSize(1);
        return matching.get(0);
    }

    /** The object-key suffixes (after the bucket ARN) of the resources of the statement granting {@code action}. */
    @SuppressWarnings("unchecked")
    private static List<String> resourcesOf(List<Map<String, Object>> statements, String action) {
        Object resources = statementWith(statements, action).get("Resource");
        List<Object> list = resources instanceof List<?> l ? (List<Object>) l : List.of(resources);
        List<String> suffixes = new ArrayList<>();
        for (Object resource : list) {
            String text = json(resource);
            assertThat(text)
                    .as("resource is an object ARN of the bucket")
                    .contains("Bucket")
                    .contains("Arn");
            suffixes.add(text.replaceAll("^.*\"(/[^\"]*)\".*$", "$1"));
        }
        return suffixes;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
