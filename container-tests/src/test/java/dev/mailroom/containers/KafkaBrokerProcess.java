package dev.mailroom.containers;

import dev.mailroom.localstack.kafka.BrokerMain;
import dev.mailroom.localstack.kafka.TopicSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker (KRaft) as a child process of the test JVM, on free ports, with the contract
 * topics created: the local stack's {@link BrokerMain}. Containers on the host network reach it on 127.0.0.1.
 */
final class KafkaBrokerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private KafkaBrokerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the broker with its log under {@code directory}, waits for it and creates the topics. */
    static KafkaBrokerProcess start(Path directory, int partitions) throws IOException, InterruptedException {
        int port = freePort();
        int controllerPort = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(
                        java.toString(),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BrokerMain.class.getName(),
                        directory.resolve("data").toString(),
                        Integer.toString(port),
                        Integer.toString(controllerPort),
                        Integer.toString(partitions)))
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("broker.log").toFile())
                .start();
        KafkaBrokerProcess broker = new KafkaBrokerProcess(process, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!broker.accepting()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                broker.close();
                throw new IllegalStateException("Kafka broker did not start; see " + directory.resolve("broker.log"));
            }
            Thread.sleep(200);
        }
        TopicSetup.ensureTopics(broker.bootstrapServers(), partitions);
        return broker;
    }

    /** {@code 127.0.0.1:<port>}. */
    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
