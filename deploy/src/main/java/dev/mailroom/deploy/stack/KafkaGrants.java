package dev.mailroom.deploy.stack;

import dev.mailroom.contracts.Topic;
import dev.mailroom.deploy.spec.KafkaAccess;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * MSK IAM access control: {@code kafka-cluster:*} actions on exactly the cluster, topics, groups and transactional
 * ids of a {@link KafkaAccess}. The cluster's UUID is a wildcard: the name identifies it within account and region.
 */
final class KafkaGrants {

    private KafkaGrants() {}

    /** Adds the statements to {@code role}. */
    static void grant(IRole role, String cluster, KafkaAccess access) {
        Stack stack = Stack.of(role);
        List<PolicyStatement> statements = new ArrayList<>();
        List<String> clusterActions = new ArrayList<>(List.of("kafka-cluster:Connect"));
        if (!access.writes().isEmpty()) {
            clusterActions.add("kafka-cluster:WriteDataIdempotently");
        }
        statements.add(statement("KafkaConnect", clusterActions, List.of(arn(stack, "cluster", cluster + "/*"))));
        if (!access.reads().isEmpty()) {
            statements.add(statement(
                    "KafkaRead",
                    List.of("kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"),
                    topics(stack, cluster, access.reads())));
            statements.add(statement(
                    "KafkaGroups",
                    List.of("kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"),
                    access.groups().stream()
                            .map(group -> arn(stack, "group", cluster + "/*/" + group))
                            .toList()));
        }
        if (!access.writes().isEmpty()) {
            statements.add(statement(
                    "KafkaWrite",
                    List.of("kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"),
                    topics(stack, cluster, access.writes())));
        }
        access.transactionalIdPrefix()
                .ifPresent(prefix -> statements.add(statement(
                        "KafkaTransactions",
                        List.of("kafka-cluster:DescribeTransactionalId", "kafka-cluster:AlterTransactionalId"),
                        List.of(arn(stack, "transactional-id", cluster + "/*/" + prefix + "*")))));
        statements.forEach(role::addToPrincipalPolicy);
    }

    private static List<String> topics(Stack stack, String cluster, List<Topic> topics) {
        return topics.stream()
                .map(topic -> arn(stack, "topic", cluster + "/*/" + topic.defaultName()))
                .toList();
    }

    private static PolicyStatement statement(String sid, List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create()
                .sid(sid)
                .effect(Effect.ALLOW)
                .actions(actions)
                .resources(resources)
                .build();
    }

    private static String arn(Stack stack, String type, String name) {
        return stack.formatArn(ArnComponents.builder()
                .service("kafka")
                .resource(type)
                .resourceName(name)
                .arnFormat(ArnFormat.SLASH_RESOURCE_NAME)
                .build());
    }
}
