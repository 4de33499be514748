package dev.mailroom.service.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import software.amazon.awssdk.services.s3.S3Client;

/** Binding, defaults and validation of {@code mailroom.s3.*}; one S3 client per context. */
class S3PropertiesTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class, S3AutoConfiguration.class));

    @Test
    void defaultsNeedNoConfiguration() {
        runner.run(context -> {
            S3Properties properties = context.getBean(S3Properties.class);
            assertThat(properties.region()).isEqualTo("us-east-1");
            assertThat(properties.bucket()).isEqualTo("mailroom");
            assertThat(properties.pathStyleAccess()).isFalse();
            assertThat(properties.endpointOverride()).isEmpty();
            assertThat(properties.maxConnections()).isEqualTo(50);
            assertThat(properties.connectionAcquisitionTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(context).hasSingleBean(S3Client.class);
        });
    }

    @Test
    void keysOfTheDeploymentBind() {
        runner.withPropertyValues(
                        "mailroom.s3.endpoint=http://127.0.0.1:9000",
                        "mailroom.s3.region=eu-west-1",
                        "mailroom.s3.bucket=acme-docs",
                        "mailroom.s3.path-style-access=true")
                .run(context -> {
                    S3Properties properties = context.getBean(S3Properties.class);
                    assertThat(properties.endpointOverride()).contains(URI.create("http://127.0.0.1:9000"));
                    assertThat(properties.region()).isEqualTo("eu-west-1");
                    assertThat(properties.bucket()).isEqualTo("acme-docs");
                    assertThat(properties.pathStyleAccess()).isTrue();
                });
    }

    @Test
    void emptyEndpointMeansAws() {
        runner.withPropertyValues("mailroom.s3.endpoint=")
                .run(context -> assertThat(context.getBean(S3Properties.class).endpointOverride())
                        .isEmpty());
    }

    @Test
    void blankBucketOrEmptyPoolRefusesToStart() {
        runner.withPropertyValues("mailroom.s3.bucket= ")
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("mailroom.s3.bucket"));
        runner.withPropertyValues("mailroom.s3.max-connections=0").run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .hasMessageContaining("mailroom.s3.max-connections"));
    }
}
