package dev.mailroom.localstack;

/**
 * The TCP ports of the local stack (all on 127.0.0.1).
 *
 * @param kafka Kafka client port
 * @param kafkaController KRaft controller port
 * @param s3 S3 API port
 * @param ingest ingest-service HTTP port
 * @param classifier classifier-service HTTP port
 * @param training training-service HTTP port
 */
public record StackPorts(int kafka, int kafkaController, int s3, int ingest, int classifier, int training) {

    /** The documented defaults (see config.md: services on 8081-8083). */
    public static StackPorts defaults() {
        return new StackPorts(9092, 9093, 9000, 8081, 8082, 8083);
    }

    StackPorts withKafka(int port) {
        return new StackPorts(port, kafkaController, s3, ingest, classifier, training);
    }

    StackPorts withKafkaController(int port) {
        return new StackPorts(kafka, port, s3, ingest, classifier, training);
    }

    StackPorts withS3(int port) {
        return new StackPorts(kafka, kafkaController, port, ingest, classifier, training);
    }

    StackPorts withIngest(int port) {
        return new StackPorts(kafka, kafkaController, s3, port, classifier, training);
    }

    StackPorts withClassifier(int port) {
        return new StackPorts(kafka, kafkaController, s3, ingest, port, training);
    }

    StackPorts withTraining(int port) {
        return new StackPorts(kafka, kafkaController, s3, ingest, classifier, port);
    }
}
