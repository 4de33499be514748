package dev.mailroom.service.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * {@code mailroom.kafka.auth=scram-sha-512} against a real broker whose only client listener is SASL_PLAINTEXT with
 * SCRAM-SHA-512: the producer, consumer and admin client Spring Boot builds authenticate with the right credentials
 * and are refused with wrong ones.
 */
class KafkaScramIT {

    static final String USER = "mailroom-classifier";
    static final String PASSWORD = "pa55 \"quoted\" \\ word";
    static final String TOPIC = "documents.scram";

    static ScramKafkaBroker broker;

    @BeforeAll
    static void start() throws Exception {
        broker = ScramKafkaBroker.start();
        broker.addScramUser(USER, PASSWORD);
        broker.createTopic(TOPIC);
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    static ApplicationContextRunner runner(String username, String password) {
        return new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaSecurityAutoConfiguration.class))
                .withPropertyValues(
                        "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                        "spring.kafka.consumer.group-id=scram-test",
                        "spring.kafka.consumer.auto-offset-reset=earliest",
                        "spring.kafka.producer.properties.max.block.ms=10000",
                        "spring.kafka.admin.properties.request.timeout.ms=10000",
                        "spring.kafka.admin.properties.default.api.timeout.ms=10000",
                        "mailroom.kafka.auth=scram-sha-512",
                        "mailroom.kafka.scram-username=" + username,
                        "mailroom.kafka.scram-password=" + password);
    }

    @Test
    void rightCredentialsProduceConsumeAndAdminister() {
        runner(USER, PASSWORD).run(context -> {
            @SuppressWarnings("unchecked")
            KafkaTemplate<Object, Object> template = context.getBean(KafkaTemplate.class);
            template.send(TOPIC, "doc-1", "hello over SCRAM").get(30, TimeUnit.SECONDS);

            @SuppressWarnings("unchecked")
            ConsumerFactory<Object, Object> consumers = context.getBean(ConsumerFactory.class);
            List<ConsumerRecord<Object, Object>> received = new ArrayList<>();
            try (Consumer<Object, Object> consumer = consumers.createConsumer()) {
                consumer.subscribe(List.of(TOPIC));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (received.isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(500)).forEach(received::add);
                }
            }
            assertThat(received).extracting(ConsumerRecord::value).containsExactly("hello over SCRAM");

            KafkaAdmin admin = context.getBean(KafkaAdmin.class);
            assertThat(admin.describeTopics(TOPIC)).containsKey(TOPIC);
        });
    }

    @Test
    void wrongPasswordIsRefusedToProducerConsumerAndAdmin() {
        runner(USER, "not-the-password").run(context -> {
            @SuppressWarnings("unchecked")
            KafkaTemplate<Object, Object> template = context.getBean(KafkaTemplate.class);
            assertThatThrownBy(() -> template.send(TOPIC, "doc-2", "forged").get(30, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);

            @SuppressWarnings("unchecked")
            ConsumerFactory<Object, Object> consumers = context.getBean(ConsumerFactory.class);
            try (Consumer<Object, Object> consumer = consumers.createConsumer()) {
                consumer.subscribe(List.of(TOPIC));
                assertThatThrownBy(() -> {
                            for (int i = 0; i < 60; i++) {
                                consumer.poll(Duration.ofMillis(500));
                            }
                        })
                        .isInstanceOf(SaslAuthenticationException.class);
            }

            Map<String, Object> adminConfig = context.getBean(KafkaAdmin.class).getConfigurationProperties();
            try (Admin admin = Admin.create(adminConfig)) {
                assertThatThrownBy(() -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                        .hasRootCauseInstanceOf(SaslAuthenticationException.class);
            }
        });
    }

    @Test
    void unknownUserIsRefused() {
        runner("intruder", PASSWORD).run(context -> {
            @SuppressWarnings("unchecked")
            KafkaTemplate<Object, Object> template = context.getBean(KafkaTemplate.class);
            assertThatThrownBy(() -> template.send(TOPIC, "doc-3", "forged").get(30, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        });
    }

    @Test
    void withoutAuthenticationTheSaslListenerServesNothing() {
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaSecurityAutoConfiguration.class))
                .withPropertyValues(
                        "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                        "spring.kafka.producer.properties.max.block.ms=3000")
                .run(context -> {
                    @SuppressWarnings("unchecked")
                    KafkaTemplate<Object, Object> template = context.getBean(KafkaTemplate.class);
                    assertThatThrownBy(
                                    () -> template.send(TOPIC, "doc-4", "plain").get(10, TimeUnit.SECONDS))
                            .hasRootCauseInstanceOf(TimeoutException.class);
                });
    }
}
