package dev.mailroom.localstack.kafka;

import java.nio.file.Path;
import java.util.Properties;

/**
 * A single-node Kafka in KRaft mode (broker and controller in one process) on the loopback interface.
 *
 * @param logDirectory where partitions and the metadata log live (kept across restarts)
 * @param port the client (PLAINTEXT) port
 * @param controllerPort the KRaft controller port
 * @param defaultPartitions partitions of topics created without an explicit count
 */
public record BrokerSettings(Path logDirectory, int port, int controllerPort, int defaultPartitions) {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    /** The broker's server properties. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", Integer.toString(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.setProperty(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.setProperty("log.dirs", logDirectory.toAbsolutePath().toString());
        p.setProperty("num.partitions", Integer.toString(defaultPartitions));
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "3");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // topics are created explicitly (TopicSetup) so that a typo in a consumer cannot create one
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("log.retention.hours", "168");
        p.setProperty("log.segment.bytes", Integer.toString(16 * 1024 * 1024));
        return p;
    }

    /** The bootstrap servers string clients use. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }
}
