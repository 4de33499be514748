package dev.mailroom.localstack.kafka;

import dev.mailroom.localstack.process.HealthCheck;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Ready when the broker answers a describe-cluster request with at least one node. */
public record BrokerCheck(String bootstrapServers) implements HealthCheck {

    @Override
    public boolean ready() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return "kafka cluster at " + bootstrapServers;
    }
}
