package dev.mailroom.deploy.stack;

import dev.mailroom.deploy.MailroomApp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

/** Synthesises stacks offline (no CDK CLI, no AWS account) and reads the resulting CloudFormation template. */
final class Synth {

    static final String ACCOUNT = "123456789012";
    static final String REGION = "eu-central-1";

    private Synth() {}

    /** The required parameters plus {@code extra}. */
    static Map<String, Object> context(Object... extra) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("imageTag", "1.4.2");
        context.put("kafkaBootstrapServers", "b-1.msk:9098,b-2.msk:9098");
        context.put("mskClusterName", "mailroom-msk");
        context.put("imapHost", "imap.example.com");
        for (int i = 0; i < extra.length; i += 2) {
            context.put((String) extra[i], extra[i + 1]);
        }
        return context;
    }

    static MailroomStack stack(Map<String, Object> context) {
        App app = new App(AppProps.builder().context(context).build());
        return new MailroomStack(
                app,
                "mailroom",
                StackProps.builder()
                        .env(Environment.builder()
                                .account(ACCOUNT)
                                .region(REGION)
                                .build())
                        .build(),
                DeploymentParameters.fromContext(app.getNode()::tryGetContext));
    }

    static Template template(Map<String, Object> context) {
        return Template.fromStack(stack(context));
    }

    /** Resources of one type, by logical id. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> resources(Template template, String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        template.findResources(type).forEach((id, resource) -> found.put(id, (Map<String, Object>) resource));
        return found;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("Properties");
    }

    /** The one resource of {@code type} whose property {@code key} equals {@code value}. */
    static Map.Entry<String, Map<String, Object>> single(Template template, String type, String key, Object value) {
        List<Map.Entry<String, Map<String, Object>>> matches = resources(template, type).entrySet().stream()
                .filter(entry -> value.equals(properties(entry.getValue()).get(key)))
                .collect(Collectors.toList());
        if (matches.size() != 1) {
            throw new AssertionError(matches.size() + " resources " + type + " with " + key + "=" + value);
        }
        return matches.get(0);
    }

    /** Every statement of every IAM policy attached to the role named {@code roleName}. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statementsOfRole(Template template, String roleName) {
        String roleId = single(template, "AWS::IAM::Role", "RoleName", roleName).getKey();
        return resources(template, "AWS::IAM::Policy").values().stream()
                .map(Synth::properties)
                .filter(policy -> ((List<Object>) policy.get("Roles")).contains(Map.of("Ref", roleId)))
                .flatMap(policy -> ((List<Map<String, Object>>)
                                ((Map<String, Object>) policy.get("PolicyDocument")).get("Statement"))
                        .stream())
                .collect(Collectors.toList());
    }

    /** The app as {@code cdk synth} builds it, with {@code context}. */
    static App app(Map<String, Object> context) {
        App app = new App(AppProps.builder().context(context).build());
        MailroomApp.build(app);
        return app;
    }
}
