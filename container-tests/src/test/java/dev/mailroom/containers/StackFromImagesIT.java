package dev.mailroom.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailroom.contracts.Topic;
import dev.mailroom.deploy.spec.DeploymentValues;
import dev.mailroom.deploy.spec.SecretSpec;
import dev.mailroom.deploy.spec.ServiceCatalog;
import dev.mailroom.deploy.spec.ServiceSpec;
import dev.mailroom.localstack.demo.SampleBatch;
import dev.mailroom.localstack.demo.SampleBatch.Format;
import dev.mailroom.localstack.demo.SampleBatch.SampleFile;
import dev.mailroom.localstack.demo.TrainingClient;
import dev.mailroom.sampledata.SampleGenerator;
import dev.mailroom.testsupport.S3TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline from its images: a real Kafka broker and S3 API server (S3Proxy) on this machine, and the router and
 * the three services as podman containers on the host network, each with exactly the environment of its ECS task
 * definition ({@link ServiceCatalog}) except what points at AWS. A model is trained through the training container's
 * REST API; text, PDF, e-mail and scanned documents go in through ingest's REST API and come out classified once each,
 * the scans OCRed inside the classifier container.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackFromImagesIT {

    private static final Logger log = LoggerFactory.getLogger(StackFromImagesIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String BUCKET = "mailroom";
    private static final String ROUTER = "flink-router";
    private static final long SEED = 20261204L;

    /**
     * The only variables the test sets beyond the task definitions: where S3 is and the credentials ECS would give the
     * task role (AWS_*); ports and secrets are replaced by value, never added.
     */
    static final Set<String> ADDED_FOR_LOCAL_AWS =
            Set.of("MAILROOM_S3_ENDPOINT", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");

    private static Path work;
    private static S3TestServer s3;
    private static KafkaBrokerProcess kafka;
    private static final Map<String, Podman.Container> containers = new LinkedHashMap<>();
    private static final Map<String, Integer> ports = new HashMap<>();
    private static final Map<String, Double> startSeconds = new LinkedHashMap<>();
    private static final String apiKey = UUID.randomUUID().toString();

    /** The operators' key (role ops), distinct from the clients' {@link #apiKey}: one key, one client. */
    private static final String opsKey = UUID.randomUUID().toString();

    private static boolean modelTrained;
    private static Path trainingSet;

    /** The training image's default dataset root ({@code ${user.home}/.mailroom/datasets} of its user). */
    private static final String CONTAINER_DATASETS = "/home/mailroom/.mailroom/datasets";

    @BeforeAll
    static void startStack() throws Exception {
        LocalImages.ensureBuilt();
        work = Path.of("target", "container-it").toAbsolutePath();
        Files.createDirectories(work);
        s3 = S3TestServer.inMemory();
        s3.createBucket(BUCKET);
        kafka = KafkaBrokerProcess.start(Files.createTempDirectory(work, "kafka"), 3);

        DeploymentValues values =
                new DeploymentValues(BUCKET, s3.region(), kafka.bootstrapServers(), "none", "false", Optional.empty());
        List<ServiceSpec> services = ServiceCatalog.services(values, Optional.empty());
        // the training set is mounted where the image's training-service allows file datasets: its default
        // dataset root (mailroom.training.dataset-roots), so the task environment stays exactly the catalogue's
        Path datasets = Files.createTempDirectory(work, "datasets");
        trainingSet = SampleBatch.writeTrainingSet(datasets.resolve("training.jsonl"), SEED, 700);
        // the container's user (uid 10001) reads it
        Files.setPosixFilePermissions(datasets, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(datasets.resolve("training.jsonl"), PosixFilePermissions.fromString("rw-r--r--"));

        for (ServiceSpec service : services) {
            int port = KafkaBrokerProcess.freePort();
            ports.put(service.name(), port);
            List<String> volumes = service.name().equals(ServiceCatalog.TRAINING)
                    ? List.of(datasets + ":" + CONTAINER_DATASETS + ":ro")
                    : List.of();
            containers.put(
                    service.name(),
                    Podman.run(
                            "mailroom-it-" + service.name(),
                            LocalImages.image(service.name()),
                            environment(service, port),
                            volumes));
        }
        containers.put(
                ROUTER,
                Podman.run(
                        "mailroom-it-" + ROUTER,
                        LocalImages.image(ROUTER),
                        Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()),
                        List.of()));

        for (ServiceSpec service : services) {
            awaitHttp(service.name(), ServiceSpec.LIVENESS_PATH, Duration.ofMinutes(10));
        }
        log.info("container start to liveness UP (s): {}", startSeconds);
    }

    /**
     * The ECS task definition's environment of {@code service}, with local values for what points at AWS: the bucket,
     * region and Kafka come from the catalogue itself; the port and secrets are replaced; only {@link
     * #ADDED_FOR_LOCAL_AWS} is added.
     */
    static Map<String, String> environment(ServiceSpec service, int port) {
        Map<String, String> env = new HashMap<>(service.environment());
        env.put("SERVER_PORT", Integer.toString(port));
        // S3Proxy on 127.0.0.1 answers path-style requests only (AWS: virtual-hosted style)
        env.put("MAILROOM_S3_PATH_STYLE_ACCESS", "true");
        for (SecretSpec secret : service.secrets()) {
            env.put(secret.envName(), secret.envName().equals(ServiceCatalog.OPS_API_KEY_ENV) ? opsKey : apiKey);
        }
        env.put("MAILROOM_S3_ENDPOINT", s3.endpoint().toString());
        env.put("AWS_ACCESS_KEY_ID", s3.accessKey());
        env.put("AWS_SECRET_ACCESS_KEY", s3.secretKey());
        return env;
    }

    @AfterAll
    static void stopStack() throws Exception {
        for (Podman.Container container : containers.values()) {
            // kept for a failure's diagnosis: target/container-it/<name>.log
            Files.writeString(work.resolve(container.name() + ".log"), container.logs());
            container.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    @Order(1)
    void containersGetTheTaskDefinitionEnvironmentWithOnlyAwsEndpointsReplaced() {
        for (ServiceSpec service : ServiceCatalog.services(
                new DeploymentValues(BUCKET, s3.region(), kafka.bootstrapServers(), "none", "false", Optional.empty()),
                Optional.empty())) {
            Map<String, String> env = environment(service, ports.get(service.name()));
            Set<String> expected = new TreeSet<>(service.environment().keySet());
            service.secrets().forEach(secret -> expected.add(secret.envName()));
            expected.addAll(ADDED_FOR_LOCAL_AWS);
            assertThat(env.keySet()).as(service.name()).containsExactlyInAnyOrderElementsOf(expected);
            service.environment().forEach((key, value) -> {
                if (!key.equals("SERVER_PORT") && !key.equals("MAILROOM_S3_PATH_STYLE_ACCESS")) {
                    assertThat(env).as(service.name()).containsEntry(key, value);
                }
            });
            assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", ServiceCatalog.AWS_PROFILE);
        }
    }

    @Test
    @Order(2)
    void everyImageRunsAsItsNonRootUserWithAPassingHealthCheck() throws Exception {
        for (Map.Entry<String, Podman.Container> entry : containers.entrySet()) {
            Podman.Container container = entry.getValue();
            assertThat(container.exec("id", "-u").output().strip())
                    .as(entry.getKey() + " user")
                    .isEqualTo("10001");
            if (!entry.getKey().equals(ROUTER)) {
                assertThat(container.healthy())
                        .as(entry.getKey() + " HEALTHCHECK (curl in the image)")
                        .isTrue();
            }
        }
        // the router's check passes once the job completed a checkpoint (every 10 s once it runs)
        Podman.Container router = containers.get(ROUTER);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!router.healthy()) {
            assertThat(router.running()).as("router runs:\n" + router.logs()).isTrue();
            assertThat(System.nanoTime())
                    .as("router checkpointed in 120 s:\n" + router.logs())
                    .isLessThan(deadline);
            Thread.sleep(2_000);
        }
    }

    @Test
    @Order(3)
    void classifierImageReadsAScanWithItsOwnTesseract() throws Exception {
        SampleFile scan =
                SampleBatch.render(new SampleGenerator(SEED).generate(1).get(0), Format.PNG, "ocr-");
        Path file = work.resolve(scan.filename());
        Files.write(file, scan.bytes());
        Podman.Container classifier = containers.get(ServiceCatalog.CLASSIFIER);
        Podman.podman(Duration.ofMinutes(1), "cp", file.toString(), classifier.name() + ":/tmp/scan.png");
        Podman.Result cli = classifier.exec("tesseract", "/tmp/scan.png", "-");
        assertThat(cli.exitCode()).as(cli.output()).isZero();
        assertThat(words(cli.output()))
                .as("the tesseract binary and eng data in the image read the page")
                .containsAnyElementsOf(words(scan.document().text()));

        // the service's own OCR: libtesseract through tess4j/JNA in the service's JVM
        ensureModel();
        HttpResponse<String> response = postMultipart(
                ServiceCatalog.CLASSIFIER, "/api/v1/classifications", scan.filename(), scan.bytes(), Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode outcome = JSON.readTree(response.body());
        assertThat(outcome.path("route").asText()).isEqualTo("scanned");
        assertThat(outcome.path("label").asText()).isEqualTo(scan.expected().code());
    }

    @Test
    @Order(4)
    void textPdfEmailAndScansFromIngestComeOutClassifiedOnceEach() throws Exception {
        ensureModel();
        List<SampleFile> files = SampleBatch.mixed(SEED + 1, Format.values().length * 2);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            Map<String, SampleFile> sent = new LinkedHashMap<>();
            long start = System.nanoTime();
            for (SampleFile file : files) {
                HttpResponse<String> response = postMultipart(
                        ServiceCatalog.INGEST,
                        "/api/v1/documents",
                        file.filename(),
                        file.bytes(),
                        Map.of("sender", "it@example.com", "subject", file.filename()));
                assertThat(response.statusCode())
                        .as(file.filename() + ": " + response.body())
                        .isEqualTo(202);
                sent.put(JSON.readTree(response.body()).path("documentId").asText(), file);
            }

            Map<String, List<JsonNode>> outcomes = new HashMap<>();
            List<JsonNode> rejected = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = JSON.readTree(record.value());
                    if (record.topic().equals(Topic.REJECTED.defaultName())) {
                        rejected.add(event);
                    } else {
                        outcomes.computeIfAbsent(event.path("documentId").asText(), id -> new ArrayList<>())
                                .add(event);
                    }
                }
                if (quietUntil == Long.MAX_VALUE && outcomes.keySet().containsAll(sent.keySet())) {
                    log.info(
                            "{} documents classified {} s after the first upload",
                            sent.size(),
                            Duration.ofNanos(System.nanoTime() - start).toSeconds());
                    // keep reading a little: a second outcome for a document would show up now
                    quietUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                }
            }
            log.info("RSS per container after the load: {}", memory());

            assertThat(rejected).as("rejected records").isEmpty();
            assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(sent.keySet());
            for (Map.Entry<String, SampleFile> entry : sent.entrySet()) {
                SampleFile file = entry.getValue();
                List<JsonNode> found = outcomes.get(entry.getKey());
                assertThat(found).as(file.filename()).hasSize(1);
                JsonNode outcome = found.get(0);
                assertThat(outcome.path("route").asText())
                        .as(file.filename())
                        .isEqualTo(file.format().scanned() ? "scanned" : "text");
                assertThat(outcome.path("model").path("name").asText()).isEqualTo(ServiceCatalog.TEXT_MODEL);
                assertThat(outcome.path("source").path("filename").asText()).isEqualTo(file.filename());
            }
            long correct = sent.entrySet().stream()
                    .filter(entry -> outcomes.get(entry.getKey())
                            .get(0)
                            .path("label")
                            .asText()
                            .equals(entry.getValue().expected().code()))
                    .count();
            assertThat(correct).as("labels right out of " + sent.size()).isGreaterThanOrEqualTo(sent.size() - 2L);
        }
    }

    /** Trains and promotes the text model through the training container's REST API, once. */
    private static synchronized void ensureModel() throws Exception {
        if (modelTrained) {
            return;
        }
        TrainingClient training = new TrainingClient(baseUrl(ServiceCatalog.TRAINING), apiKey);
        ObjectNode body = TrainingClient.quickTraining(
                ServiceCatalog.TEXT_MODEL, Path.of(CONTAINER_DATASETS).resolve(trainingSet.getFileName()), "always");
        body.putArray("kernels").add("logistic");
        body.put("trials", 2);
        body.put("folds", 2);
        long start = System.nanoTime();
        JsonNode job = training.awaitFinished(training.submit(body), Duration.ofMinutes(5), snapshot -> {});
        log.info(
                "trained {} {} in the training container in {} s",
                ServiceCatalog.TEXT_MODEL,
                job.path("version").asText(),
                Duration.ofNanos(System.nanoTime() - start).toSeconds());
        // the classifier polls the registry (MAILROOM_CLASSIFIER_MODEL_REFRESH_INTERVAL): ready once it serves it
        awaitHttp(ServiceCatalog.CLASSIFIER, ServiceSpec.READINESS_PATH, Duration.ofMinutes(2));
        modelTrained = true;
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (Topic topic : List.of(Topic.CLASSIFIED, Topic.REJECTED)) {
            consumer.partitionsFor(topic.defaultName(), Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static Map<String, String> memory() {
        return containers.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().memoryUsage(), (a, b) -> a, LinkedHashMap::new));
    }

    private static URI baseUrl(String service) {
        return URI.create("http://127.0.0.1:" + ports.get(service));
    }

    private static void awaitHttp(String service, String path, Duration timeout) throws InterruptedException {
        Podman.Container container = containers.get(service);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(baseUrl(service).resolve(path))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    startSeconds.putIfAbsent(service + path, (System.nanoTime() - container.startedNanos()) / 1e9);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!container.running() || System.nanoTime() > deadline) {
                throw new AssertionError(
                        service + path + " not UP after " + timeout.toSeconds() + " s:\n" + container.logs());
            }
            Thread.sleep(500);
        }
    }

    private static HttpResponse<String> postMultipart(
            String service, String path, String filename, byte[] content, Map<String, String> fields)
            throws IOException, InterruptedException {
        String boundary = "mailroom-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Function<String, byte[]> utf8 = text -> text.getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(utf8.apply("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n"));
        }
        body.writeBytes(utf8.apply("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
        body.writeBytes(content);
        body.writeBytes(utf8.apply("\r\n--" + boundary + "--\r\n"));
        HttpRequest request = HttpRequest.newBuilder(baseUrl(service).resolve(path))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
                .filter(word -> word.length() >= 6)
                .collect(Collectors.toSet());
    }
}
