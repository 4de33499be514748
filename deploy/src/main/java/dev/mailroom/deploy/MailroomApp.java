package dev.mailroom.deploy;

import dev.mailroom.deploy.stack.DeploymentParameters;
import dev.mailroom.deploy.stack.ImageRepositoriesStack;
import dev.mailroom.deploy.stack.MailroomStack;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/**
 * The CDK app: stack {@code mailroom-images} (ECR repositories) always, stack {@code mailroom} (everything else) when
 * its required context ({@code imageTag}, {@code kafkaBootstrapServers}) is given. Run by the CDK CLI through {@code
 * deploy/cdk.json}.
 */
public final class MailroomApp {

    /** Name of the repositories stack. */
    public static final String IMAGES_STACK = "mailroom-images";

    /** Name of the main stack. */
    public static final String MAIN_STACK = "mailroom";

    private MailroomApp() {}

    /** Synthesises the cloud assembly into {@code cdk.out} (or wherever the CDK CLI says). */
    public static void main(String[] args) {
        App app = new App();
        build(app);
        app.synth();
    }

    /** Adds the stacks to {@code app}; the main stack only when one of its required parameters is present. */
    public static void build(App app) {
        StackProps props = StackProps.builder()
                .env(Environment.builder()
                        .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                        .region(System.getenv("CDK_DEFAULT_REGION"))
                        .build())
                .description("mailroom document classification pipeline")
                .build();
        new ImageRepositoriesStack(app, IMAGES_STACK, props);
        Object imageTag = app.getNode().tryGetContext("imageTag");
        Object bootstrap = app.getNode().tryGetContext("kafkaBootstrapServers");
        if (imageTag != null || bootstrap != null) {
            new MailroomStack(app, MAIN_STACK, props, DeploymentParameters.fromContext(app.getNode()::tryGetContext));
        }
        Tags.of(app).add("project", "mailroom");
    }
}
