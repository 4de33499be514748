package dev.mailroom.localstack.kafka;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * Child-process entry point: formats the KRaft storage on first start (kept across restarts) and runs a
 * single-node Apache Kafka broker+controller until the process is terminated.
 *
 * <p>Arguments: {@code <logDirectory> <port> <controllerPort> <defaultPartitions>}.
 */
public final class BrokerMain {

    private BrokerMain() {}

    /** Starts the broker and blocks until shutdown. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "usage: BrokerMain <logDirectory> <port> <controllerPort> <defaultPartitions>");
        }
        BrokerSettings settings = new BrokerSettings(
                Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        format(settings);
        KafkaRaftServer server =
                new KafkaRaftServer(KafkaConfig.fromProps(settings.toProperties(), false), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "kafka-shutdown"));
        server.startup();
        server.awaitShutdown();
    }

    /** Formats the storage directory unless a previous run already did. */
    static void format(BrokerSettings settings) throws Exception {
        Path directory = settings.logDirectory().toAbsolutePath();
        if (Files.exists(directory.resolve("meta.properties"))) {
            return;
        }
        Files.createDirectories(directory);
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setNodeId(BrokerSettings.NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(directory.toString()))
                .setMetadataLogDirectory(directory.toString())
                .setControllerListenerName(BrokerSettings.CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }
}
