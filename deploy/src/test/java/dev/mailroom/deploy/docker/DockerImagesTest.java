package dev.mailroom.deploy.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mailroom.deploy.repo.ConfigKeys;
import dev.mailroom.deploy.repo.Repo;
import dev.mailroom.deploy.spec.DeploymentValues;
import dev.mailroom.deploy.spec.ServiceCatalog;
import dev.mailroom.deploy.spec.ServiceSpec;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DockerImagesTest {

    static final List<String> IMAGES =
            List.of("ingest-service", "classifier-service", "training-service", "flink-router");

    private static final Pattern TARGET_ARCHIVE = Pattern.compile("([\\w.-]+)/target/([\\w.-]+\\.jar)");

    static Stream<ServiceSpec> services() {
        return ServiceCatalog.services(DeploymentValues.placeholders(), Optional.empty()).stream();
    }

    static Dockerfile dockerfile(String image) throws IOException {
        return Dockerfile.read(Repo.root().resolve("docker").resolve(image + ".Dockerfile"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void serviceImageExtractsTheLayeredJarAndRunsTheLauncherOnJre17(ServiceSpec service) throws IOException {
        Dockerfile dockerfile = dockerfile(service.name());
        assertThat(dockerfile.stages()).hasSize(3);
        Dockerfile.Stage base = dockerfile.stages().get(0);
        Dockerfile.Stage extract = dockerfile.stages().get(1);
        Dockerfile.Stage runtime = dockerfile.finalStage();
        assertThat(List.of(extract.image(), runtime.image())).containsOnly(base.alias());
        assertThat(extract.all("RUN")).anySatisfy(run -> assertThat(run.arguments())
                .contains("java -Djarmode=tools -jar app.jar extract --layers --launcher"));

        List<String> layers = new ArrayList<>();
        for (Dockerfile.Instruction copy : runtime.all("COPY")) {
            assertThat(copy.flag("from")).isEqualTo(extract.alias());
            Matcher matcher = Pattern.compile("extracted/([\\w-]+)/").matcher(copy.arguments());
            assertThat(matcher.find()).as(copy.arguments()).isTrue();
            layers.add(matcher.group(1));
        }
        // least to most often changing, as the jar's layers.idx orders them
        assertThat(layers)
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

        assertThat(runtime.last("ENTRYPOINT").arguments())
                .contains("\"-XX:MaxRAMPercentage=75\"")
                .contains("\"-XX:+ExitOnOutOfMemoryError\"")
                .endsWith("\"org.springframework.boot.loader.launch.JarLauncher\"]");
        assertThat(runtime.last("EXPOSE").arguments()).isEqualTo(Integer.toString(service.port()));
        // the probe follows the port the service listens on; ECS sets SERVER_PORT to the task definition's port
        assertThat(runtime.last("HEALTHCHECK").arguments())
                .contains("CMD curl -fsS http://localhost:${SERVER_PORT:-" + service.port() + "}"
                        + ServiceSpec.LIVENESS_PATH);
        assertThat(service.environment()).containsEntry("SERVER_PORT", Integer.toString(service.port()));
    }

    @Test
    void everyImageStartsFromOneRuntimeStageOnADebianBaseChosenByBuildArgument() throws IOException {
        Dockerfile.Stage first = dockerfile(IMAGES.get(0)).stages().get(0);
        // production: the public image; docker/build-images.sh passes the base it made with debootstrap
        assertThat(dockerfile(IMAGES.get(0)).globalArgs()).containsEntry("BASE", "debian:bookworm-slim");
        assertThat(first.image()).isEqualTo("debian:bookworm-slim");
        assertThat(first.alias()).isEqualTo("runtime");
        assertThat(first.all("RUN")).singleElement().satisfies(run -> assertThat(run.arguments())
                .containsPattern("apt-get install [^&]*\\bopenjdk-17-jre-headless\\b")
                .containsPattern("apt-get install [^&]*\\bcurl\\b")
                .contains("useradd --system --uid 10001"));
        for (String image : IMAGES) {
            Dockerfile.Stage stage = dockerfile(image).stages().get(0);
            // word for word the same, so podman and docker build that layer once for all four images
            assertThat(stage.image()).as(image).isEqualTo(first.image());
            assertThat(text(stage)).as(image).isEqualTo(text(first));
            assertThat(dockerfile(image).finalStage().last("USER").arguments()).isEqualTo("10001:10001");
        }
        assertThat(Files.readString(Repo.root().resolve("docker/build-images.sh")))
                .contains("--build-arg \"BASE=$base\"")
                .contains("BASE_IMAGE=localhost/debian-base:bookworm")
                .contains("--isolation chroot")
                .contains("--format docker"); // OCI image configs have no HEALTHCHECK
    }

    @Test
    void classifierImageHasTesseractWithEnglishDataAndOneOpenMpThread() throws IOException {
        Dockerfile.Stage runtime = dockerfile(ServiceCatalog.CLASSIFIER).finalStage();
        assertThat(runtime.all("RUN")).anySatisfy(run -> assertThat(run.arguments())
                .containsPattern("apt-get install [^&]*\\btesseract-ocr\\b")
                .containsPattern("apt-get install [^&]*\\btesseract-ocr-eng\\b"));
        String env = String.join(
                " ",
                runtime.all("ENV").stream()
                        .map(Dockerfile.Instruction::arguments)
                        .toList());
        assertThat(env)
                .contains("TESSDATA_PREFIX=/usr/share/tesseract-ocr/5/tessdata")
                .contains("OMP_THREAD_LIMIT=1");
        Optional<ConfigKeys> classifier = ConfigKeys.of(ServiceCatalog.CLASSIFIER);
        if (classifier.isPresent()) {
            // the service must take its tessdata path from the variable the image sets
            assertThat(Files.readString(Repo.root().resolve("classifier-service/src/main/resources/application.yaml")))
                    .contains("${TESSDATA_PREFIX");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"classifier-service", "training-service"})
    void modelServicesHaveTheOpenMpRuntimeXgboostLinksAgainst(String service) throws IOException {
        // xgboost4j's libxgboost4j.so needs the system's libgomp.so.1 (nd4j ships its own copy)
        assertThat(dockerfile(service).stages().get(0).all("RUN"))
                .anySatisfy(run -> assertThat(run.arguments()).containsPattern("apt-get install [^&]*\\blibgomp1\\b"));
        Path jar = Repo.root().resolve(service + "/target/" + service + ".jar");
        if (Files.isRegularFile(jar)) {
            try (JarFile archive = new JarFile(jar.toFile())) {
                assertThat(Collections.list(archive.entries()))
                        .as("the reason for libgomp1 is still there")
                        .anyMatch(entry -> entry.getName().matches("BOOT-INF/lib/xgboost4j.*\\.jar"));
            }
        }
    }

    @Test
    void routerImageRunsTheSelfContainedJobJarOnAMiniClusterWithOptionsTheRouterReads() throws IOException {
        Dockerfile.Stage runtime = dockerfile("flink-router").finalStage();
        assertThat(runtime.all("COPY")).singleElement().satisfies(copy -> assertThat(copy.operands())
                .containsExactly("flink-router/target/flink-router.jar", "/opt/mailroom/flink-router.jar"));
        assertThat(runtime.last("ENTRYPOINT").arguments())
                .endsWith("\"-jar\", \"/opt/mailroom/flink-router.jar\"]")
                .contains("\"-XX:+ExitOnOutOfMemoryError\"");
        String env = runtime.last("ENV").arguments();
        assertThat(env).contains("ROUTER_LOCAL=true").contains("ROUTER_RESUME_LATEST=true");
        Set<String> options = ComposeTest.routerEnvironmentVariables();
        for (String word : runtime.last("ENV").words()) {
            assertThat(options).as("the router reads " + word).contains(word.split("=", 2)[0]);
        }
        Matcher checkpoints =
                Pattern.compile("ROUTER_CHECKPOINT_DIR=file://(\\S+)").matcher(env);
        assertThat(checkpoints.find()).isTrue();
        // the health check looks for a recent checkpoint where the job writes them
        assertThat(runtime.last("HEALTHCHECK").arguments()).contains("find " + checkpoints.group(1) + " ");
        Path jar = Repo.root().resolve("flink-router/target/flink-router.jar");
        if (Files.isRegularFile(jar)) {
            try (JarFile archive = new JarFile(jar.toFile())) {
                assertThat(archive.getEntry("org/apache/flink/runtime/minicluster/MiniCluster.class"))
                        .as("the jar bundles the Flink runtime (built without -Pcluster)")
                        .isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "classifier-service", "training-service", "flink-router"})
    void copySourcesAreWhatTheMavenBuildProduces(String image) throws IOException {
        List<String> sources = dockerfile(image).contextCopySources();
        assertThat(sources).hasSize(1);
        Matcher matcher = TARGET_ARCHIVE.matcher(sources.get(0));
        assertThat(matcher.matches())
                .as(sources.get(0) + " is <module>/target/<archive>")
                .isTrue();
        String module = matcher.group(1);
        assertThat(module).isEqualTo(image);
        assertThat(Repo.root().resolve(module).resolve("pom.xml")).isRegularFile();
        assumeTrue(
                Repo.hasApplication(module), module + " is no application yet: its POM may not name the archive yet");

        assertThat(Repo.archiveNames(module))
                .as("archives %s/pom.xml names (finalName, shade outputFile)", module)
                .contains(matcher.group(2));
        Path archive = Repo.root().resolve(sources.get(0));
        if (Files.isRegularFile(archive)) {
            // a reactor build packaged the module before this one: check what the image will get
            try (JarFile jar = new JarFile(archive.toFile())) {
                if (module.equals("flink-router")) {
                    assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                            .isEqualTo("dev.mailroom.router.RouterMain");
                } else {
                    assertThat(jar.getEntry("BOOT-INF/layers.idx"))
                            .as("layered jar")
                            .isNotNull();
                    assertThat(Collections.list(jar.entries())).anyMatch(entry -> entry.getName()
                            .matches("BOOT-INF/lib/spring-boot-jarmode-tools-.*\\.jar"));
                }
            }
        }
    }

    @Test
    void dockerignoreSendsOnlyTheCopiedArchives() throws IOException {
        List<String> patterns = Files.readAllLines(Repo.root().resolve(".dockerignore")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        assertThat(patterns.get(0)).as("exclude everything first").isEqualTo("**");
        for (String image : IMAGES) {
            for (String source : dockerfile(image).contextCopySources()) {
                assertThat(included(patterns, source))
                        .as("%s reaches the build context", source)
                        .isTrue();
            }
        }
        assertThat(included(patterns, "deploy/target/deploy-0.1.0-SNAPSHOT.jar"))
                .isFalse();
        assertThat(included(patterns, ".git/config")).isFalse();
    }

    /** Docker's rule: the last matching pattern decides; {@code !} re-includes. */
    static boolean included(List<String> patterns, String path) {
        boolean included = true;
        for (String pattern : patterns) {
            boolean negate = pattern.startsWith("!");
            String glob = negate ? pattern.substring(1) : pattern;
            if (FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(path))) {
                included = negate;
            }
        }
        return included;
    }

    private static List<String> text(Dockerfile.Stage stage) {
        return stage.instructions().stream()
                .map(instruction -> instruction.keyword() + " " + instruction.arguments())
                .toList();
    }

    static String rootProperty(String name) throws IOException {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</")
                .matcher(Files.readString(Repo.root().resolve("pom.xml")));
        assertThat(matcher.find()).as("root pom property " + name).isTrue();
        return matcher.group(1).strip();
    }
}
