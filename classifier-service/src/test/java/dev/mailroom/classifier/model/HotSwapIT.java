package dev.mailroom.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classifier.ClassifierServiceIT;
import dev.mailroom.classifier.model.ActiveModels.Slot;
import dev.mailroom.classifier.testing.TestModels;
import dev.mailroom.contracts.DocumentClassified;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.service.security.Role;
import dev.mailroom.service.testing.SecurityWalk;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Promotion and refusal of model versions while the service takes traffic. */
class HotSwapIT extends ClassifierServiceIT {

    static final EventCodec CODEC = new EventCodec();

    @LocalServerPort
    int port;

    @Autowired
    ActiveModels models;

    RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        String production = REGISTRY.production(TEXT_MODEL).orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> servingVersion()
                .equals(production));
    }

    String servingVersion() {
        return models.current(Slot.TEXT).map(m -> m.ref().version()).orElse("none");
    }

    ResponseEntity<String> classify(String text) {
        return http.post()
                .uri("/api/v1/classifications")
                .header("X-Api-Key", SecurityWalk.keyOf(Role.CLASSIFY))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\":\"" + text + "\"}")
                .retrieve()
                .toEntity(String.class);
    }

    @Test
    void promotedVersionIsSwappedInUnderConcurrentLoadWithoutAFailedRequest() throws Exception {
        String before = servingVersion();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        Set<String> versions = ConcurrentHashMap.newKeySet();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 4; i++) {
            running.add(clients.submit(() -> {
                while (!stop.get()) {
                    ResponseEntity<String> response = classify("amount due, please pay the invoice, bank transfer");
                    statuses.add(response.getStatusCode().value());
                    if (response.getStatusCode().is2xxSuccessful()) {
                        versions.add(CODEC.decode(response.getBody(), DocumentClassified.class)
                                .model()
                                .version());
                    }
                    done.incrementAndGet();
                }
            }));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> done.get() >= 40);

        String after = TestModels.publishAndPromote(REGISTRY, TEXT_MODEL, 7);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> versions.contains(after));
        int swappedAt = done.get();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> done.get() >= swappedAt + 40);
        stop.set(true);
        for (Future<?> client : running) {
            client.get(30, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(statuses).hasSizeGreaterThanOrEqualTo(80).containsOnly(200);
        assertThat(versions).containsExactlyInAnyOrder(before, after);
        assertThat(servingVersion()).isEqualTo(after);
    }

    @Test
    void tamperedPackageIsRefusedAndTheServingVersionStays() throws Exception {
        String serving = servingVersion();
        String tampered = REGISTRY.publish(TestModels.packaged(TEXT_MODEL, 11));
        ModelRefresherTest.tamper(
                REGISTRY_ROOT.resolve("models").resolve(TEXT_MODEL).resolve(tampered));
        REGISTRY.promote(TEXT_MODEL, tampered, "tampered on purpose");
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.get()
                    .uri("/actuator/health/readiness")
                    .retrieve()
                    .body(String.class)
                    .contains(TEXT_MODEL + "/" + tampered));

            ResponseEntity<String> response = classify("purchase order, please deliver");
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(CODEC.decode(response.getBody(), DocumentClassified.class)
                            .model()
                            .version())
                    .isEqualTo(serving);
            assertThat(servingVersion()).isEqualTo(serving);
        } finally {
            REGISTRY.rollback(TEXT_MODEL, "undo tampered promotion");
        }
    }
}
