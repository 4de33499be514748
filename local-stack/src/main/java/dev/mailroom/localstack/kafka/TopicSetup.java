package dev.mailroom.localstack.kafka;

import dev.mailroom.contracts.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/** Creates every mailroom topic (names from {@link Topic}) with the wanted partitions, idempotently. */
public final class TopicSetup {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TopicSetup() {}

    /**
     * Creates missing topics with {@code partitions} partitions and grows existing ones that have fewer.
     *
     * @return the partitions of each topic afterwards
     */
    public static Map<String, Integer> ensureTopics(String bootstrapServers, int partitions) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) TIMEOUT.toMillis()))) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic topic : Topic.values()) {
                if (!existing.contains(topic.defaultName())) {
                    missing.add(new NewTopic(topic.defaultName(), partitions, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            List<String> names =
                    List.of(Topic.values()).stream().map(Topic::defaultName).toList();
            Map<String, TopicDescription> described =
                    admin.describeTopics(names).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, NewPartitions> grow = new java.util.HashMap<>();
            described.forEach((name, description) -> {
                if (description.partitions().size() < partitions) {
                    grow.put(name, NewPartitions.increaseTo(partitions));
                }
            });
            if (!grow.isEmpty()) {
                admin.createPartitions(grow).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            Map<String, Integer> result = new java.util.TreeMap<>();
            described.forEach(
                    (name, d) -> result.put(name, Math.max(d.partitions().size(), partitions)));
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }
}
