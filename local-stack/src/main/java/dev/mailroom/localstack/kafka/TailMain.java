package dev.mailroom.localstack.kafka;

import dev.mailroom.contracts.Schema;
import dev.mailroom.localstack.Console;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints a topic's records (key and JSON value, read_committed) from the beginning, then follows it:
 * {@code java -cp local-stack/target/local-stack.jar dev.mailroom.localstack.kafka.TailMain <topic>
 * [bootstrapServers]}. Ctrl-C stops it.
 */
public final class TailMain {

    private TailMain() {}

    /** Entry point. */
    public static void main(String[] args) {
        Console console = Console.system();
        if (args.length < 1 || args.length > 2) {
            console.line("usage: TailMain <topic> [bootstrapServers (default 127.0.0.1:9092)]");
            System.exit(2);
        }
        String bootstrap = args.length == 2 ? args[1] : "127.0.0.1:9092";
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(args[0], Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    Header schema = record.headers().lastHeader(Schema.HEADER);
                    console.line(record.topic() + "/" + record.partition() + "@" + record.offset() + " key="
                            + record.key()
                            + (schema == null ? "" : " schema=" + new String(schema.value(), StandardCharsets.UTF_8)));
                    console.line("  " + record.value());
                }
            }
        }
    }
}
