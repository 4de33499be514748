package dev.mailroom.deploy.stack;

import dev.mailroom.deploy.spec.ResourceNames;
import java.util.List;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.TagMutability;
import software.constructs.Construct;

/** The ECR repositories the images are pushed to; deployed once, before the first image push. */
public final class ImageRepositoriesStack extends Stack {

    /** Every image: the three services and the Flink router (for a self-managed Flink cluster). */
    public static final List<String> IMAGES =
            List.of("ingest-service", "classifier-service", "training-service", "flink-router");

    /** Creates one immutable-tag, scanned repository per image. */
    public ImageRepositoriesStack(Construct scope, String id, StackProps props) {
        super(scope, id, props);
        for (String image : IMAGES) {
            Repository.Builder.create(this, image)
                    .repositoryName(ResourceNames.repository(image))
                    .imageTagMutability(TagMutability.IMMUTABLE)
                    .imageScanOnPush(true)
                    .lifecycleRules(List.of(LifecycleRule.builder()
                            .description("keep the last 50 images")
                            .maxImageCount(50)
                            .build()))
                    .removalPolicy(RemovalPolicy.RETAIN)
                    .build();
        }
    }
}
