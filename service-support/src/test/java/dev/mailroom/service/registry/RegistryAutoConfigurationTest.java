package dev.mailroom.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.model.registry.FileSystemModelRegistry;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.service.s3.S3AutoConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which registry {@code mailroom.registry.uri} gives, and when there is none. */
class RegistryAutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(S3AutoConfiguration.class, RegistryAutoConfiguration.class));

    @Test
    void fileUriGivesTheFilesystemRegistryThere(@TempDir Path dir) {
        runner.withPropertyValues("mailroom.registry.uri=" + dir.toUri()).run(context -> {
            ModelRegistry registry = context.getBean(ModelRegistry.class);
            assertThat(registry).isInstanceOf(FileSystemModelRegistry.class);

            registry.putDocument("jobs/a.json", "{}".getBytes(StandardCharsets.UTF_8));

            assertThat(Files.walk(dir).filter(Files::isRegularFile).map(p -> dir.relativize(p)
                            .toString()))
                    .anyMatch(p -> p.endsWith("a.json"));
        });
    }

    @Test
    void noUriNoRegistry() {
        runner.run(context -> assertThat(context).doesNotHaveBean(ModelRegistry.class));
    }

    @Test
    void serviceWithoutModelCoreGetsNoRegistryEvenWithAUri(@TempDir Path dir) {
        runner.withClassLoader(new FilteredClassLoader(ModelRegistry.class))
                .withPropertyValues("mailroom.registry.uri=" + dir.toUri())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean("modelRegistry");
                });
    }

    @Test
    void s3UriWithoutBucketRefusesToStart() {
        runner.withPropertyValues("mailroom.registry.uri=s3:///models")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("names no bucket"));
    }

    @Test
    void blankUriRefusesToStart() {
        runner.withPropertyValues("mailroom.registry.uri= ")
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("mailroom.registry.uri"));
    }
}
