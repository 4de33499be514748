package dev.mailroom.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classifier.ClassifierServiceIT;
import dev.mailroom.classifier.testing.FlakyListener;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.web.client.RestClient;

/** Liveness and readiness follow the listener containers: a stopped route is DOWN, not a healthy-looking task. */
class ListenerHealthIT extends ClassifierServiceIT {

    @Autowired
    KafkaListenerEndpointRegistry registry;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    FlakyListener listener;

    @LocalServerPort
    int port;

    @Test
    void stoppedListenerContainerTurnsLivenessAndReadinessDown() {
        RestClient http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        MessageListenerContainer scanned = registry.getListenerContainer(RoutedDocumentListener.SCANNED_LISTENER);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(scanned::isRunning);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> status(http, "liveness").getStatusCode().value() == 200);

        scanned.stop();
        try {
            ResponseEntity<String> liveness = status(http, "liveness");
            ResponseEntity<String> readiness = status(http, "readiness");

            assertThat(liveness.getStatusCode().value()).isEqualTo(503);
            assertThat(liveness.getBody())
                    .contains("\"status\":\"DOWN\"")
                    .contains("\"kafkaListeners\"")
                    .contains("\"" + RoutedDocumentListener.SCANNED_LISTENER + "\":\"stopped\"")
                    .contains("\"" + RoutedDocumentListener.TEXT_LISTENER + "\":\"running\"");
            assertThat(readiness.getStatusCode().value()).isEqualTo(503);
        } finally {
            scanned.start();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        status(http, "liveness").getStatusCode().value())
                .isEqualTo(200));
        ResponseEntity<String> readiness = status(http, "readiness");
        assertThat(readiness.getStatusCode().value()).isEqualTo(200);
        assertThat(readiness.getBody()).contains("\"" + RoutedDocumentListener.SCANNED_LISTENER + "\":\"running\"");
    }

    @Test
    void containerStoppedByAnErrorFromItsListenerTurnsLivenessDown() {
        RestClient http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        MessageListenerContainer flaky = registry.getListenerContainer(FlakyListener.ID);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(flaky::isRunning);
        String key = "error-" + UUID.randomUUID();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(FlakyListener.TOPIC, key, new byte[] {1}));
        }

        try {
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                            status(http, "liveness").getStatusCode().value())
                    .isEqualTo(503));
            assertThat(status(http, "liveness").getBody()).contains("\"" + FlakyListener.ID + "\":\"");
            assertThat(flaky.isInExpectedState() && flaky.isRunning()).isFalse();
        } finally {
            if (!flaky.isRunning()) {
                flaky.start();
            } else {
                flaky.stop();
                flaky.start();
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listener.processed.contains(key));
        listener.processed.remove(key); // the listener is shared with AfterRollbackRecoveryIT
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        status(http, "liveness").getStatusCode().value())
                .isEqualTo(200));
    }

    private static ResponseEntity<String> status(RestClient http, String probe) {
        return http.get().uri("/actuator/health/" + probe).retrieve().toEntity(String.class);
    }
}
