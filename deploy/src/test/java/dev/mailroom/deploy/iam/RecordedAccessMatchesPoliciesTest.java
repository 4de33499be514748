package dev.mailroom.deploy.iam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.deploy.repo.Repo;
import dev.mailroom.deploy.spec.ResourceNames;
import dev.mailroom.deploy.stack.MailroomStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

/**
 * Every S3 call the services make is allowed by their task role in the synthesized stack. The calls come from the
 * services' access logs ({@code mailroom.aws.access-log}, JSON lines) found under {@value #RECORDED} (any run that
 * sets the property there, e.g. local-stack's IT, contributes) and from {@code iam/known-calls.jsonl}: the calls each
 * service's code makes, written down from the code (registry, job store, raw store). A denied call fails the build;
 * granted actions no call needed are written to {@code target/iam/unused-grants.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedAccessMatchesPoliciesTest {

    /** Where recorded access logs are collected, relative to the repository root. */
    static final String RECORDED = "target/aws-access";

    /** The bucket name the calls were recorded against (local-stack's and the known calls'). */
    static final String RECORDED_BUCKET = "mailroom";

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyEvaluator evaluator;
    private List<AwsCall> calls;

    @BeforeAll
    void synthesiseAndRead() throws IOException {
        App app = new App(AppProps.builder()
                .context(Map.of(
                        "imageTag", "t",
                        "kafkaBootstrapServers", "b-1.msk:9098",
                        "bucketName", RECORDED_BUCKET))
                .build());
        MailroomStack stack = new MailroomStack(
                app,
                "mailroom",
                StackProps.builder()
                        .env(Environment.builder()
                                .account("123456789012")
                                .region("eu-central-1")
                                .build())
                        .build(),
                dev.mailroom.deploy.stack.DeploymentParameters.fromContext(app.getNode()::tryGetContext));
        evaluator = new PolicyEvaluator(
                Template.fromStack(stack).toJSON(), RECORDED_BUCKET, "123456789012", "eu-central-1");
        calls = new ArrayList<>();
        try (var known = Objects.requireNonNull(getClass().getResourceAsStream("/iam/known-calls.jsonl"))) {
            calls.addAll(parse(new String(known.readAllBytes(), StandardCharsets.UTF_8)));
        }
        calls.addAll(recorded(Repo.root()));
    }

    @Test
    void everyCallOfEveryServiceIsAllowedByItsTaskRole() throws IOException {
        List<String> denied = new ArrayList<>();
        Map<String, List<PolicyEvaluator.Decision>> byService = new TreeMap<>();
        for (AwsCall call : calls) {
            PolicyEvaluator.Decision decision = evaluator.evaluate(ResourceNames.taskRole(call.service()), call);
            byService.computeIfAbsent(call.service(), s -> new ArrayList<>()).add(decision);
            if (!decision.allowed()) {
                denied.add(call + " needs " + decision.denied());
            }
        }
        StringBuilder report = new StringBuilder();
        byService.forEach((service, decisions) -> report.append(service)
                .append(": ")
                .append(decisions.size())
                .append(" calls, granted but unused: ")
                .append(evaluator.unusedActions(ResourceNames.taskRole(service), decisions))
                .append('\n'));
        Path out = Path.of("target/iam/unused-grants.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(byService).containsOnlyKeys("ingest-service", "classifier-service", "training-service");
        assertThat(denied).as("calls the task roles would deny on AWS").isEmpty();
    }

    @Test
    void noGrantGoesUnusedByTheKnownCalls() {
        Map<String, List<PolicyEvaluator.Decision>> byService = new TreeMap<>();
        for (AwsCall call : calls) {
            byService
                    .computeIfAbsent(call.service(), s -> new ArrayList<>())
                    .add(evaluator.evaluate(ResourceNames.taskRole(call.service()), call));
        }
        byService.forEach(
                (service, decisions) -> assertThat(evaluator.unusedActions(ResourceNames.taskRole(service), decisions))
                        .as("granted to %s but never needed", service)
                        .isEmpty());
    }

    @Test
    void theOldModelsOnlyTrainingRoleWouldHaveBeenCaught() {
        AwsCall startUp = new AwsCall("training-service", "ListObjectsV2", RECORDED_BUCKET, null, "jobs/", 200);
        assertThat(evaluator
                        .evaluate(ResourceNames.taskRole("training-service"), startUp)
                        .allowed())
                .isTrue();
        AwsCall elsewhere = new AwsCall("training-service", "GetObject", RECORDED_BUCKET, "raw/x", null, 200);
        assertThat(evaluator
                        .evaluate(ResourceNames.taskRole("training-service"), elsewhere)
                        .allowed())
                .isFalse();
    }

    static List<AwsCall> recorded(Path root) throws IOException {
        List<AwsCall> calls = new ArrayList<>();
        for (Path dir : List.of(
                root.resolve(RECORDED),
                root.resolve("local-stack").resolve(RECORDED),
                // what local-stack's LocalStackIT recorded (the stack logs under its data directory)
                root.resolve("local-stack").resolve("target/local-stack-it/aws-access"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".jsonl"))
                        .sorted()
                        .toList()) {
                    calls.addAll(parse(Files.readString(file)).stream()
                            .map(call -> new AwsCall(
                                    call.service(),
                                    call.action(),
                                    RECORDED_BUCKET,
                                    call.key(),
                                    call.prefix(),
                                    call.status()))
                            .toList());
                }
            }
        }
        return calls;
    }

    private static List<AwsCall> parse(String lines) {
        List<AwsCall> calls = new ArrayList<>();
        for (String line : lines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                calls.add(AwsCall.of(JSON.readTree(line)));
            } catch (IOException e) {
                throw new UncheckedIOException("bad access-log line: " + line, e);
            }
        }
        return calls;
    }
}
