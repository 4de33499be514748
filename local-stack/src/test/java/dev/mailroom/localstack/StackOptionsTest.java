package dev.mailroom.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackOptionsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsKeepDataUnderDotMailroomOnTheDocumentedPorts() {
        StackOptions options = StackOptions.parse(List.of("local"), dir);

        assertThat(options.dataDirectory()).isEqualTo(dir.resolve(".mailroom"));
        assertThat(options.logDirectory()).isEqualTo(dir.resolve(".mailroom/logs"));
        assertThat(options.inbox()).isEqualTo(dir.resolve(".mailroom/inbox"));
        assertThat(options.clean()).isFalse();
        assertThat(options.ports()).isEqualTo(new StackPorts(9092, 9093, 9000, 8081, 8082, 8083));
        assertThat(options.partitions()).isEqualTo(3);
        assertThat(options.requireAllParts()).isTrue();
        assertThat(options.registryUri()).isEqualTo("s3://mailroom");
        assertThat(StackOptions.parse(List.of("--allow-missing"), dir).requireAllParts())
                .isFalse();
    }

    @Test
    void stackRefusesToStartWhenAServiceJarIsNotBuiltAndStartsNothing() {
        StackOptions options = StackOptions.parse(List.of(), dir);
        Console console = new Console(
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));

        try (LocalStack stack = new LocalStack(options, console)) {
            assertThatThrownBy(stack::start)
                    .isInstanceOf(MissingPartException.class)
                    .hasMessageContaining(
                            dir.resolve("flink-router/target/flink-router.jar").toString())
                    .hasMessageContaining(dir.resolve("ingest-service/target/ingest-service.jar")
                            .toString());
            assertThat(stack.supervisor().runningParts()).isEmpty();
        }
        assertThat(options.dataDirectory()).doesNotExist();
    }

    @Test
    void flagsOverrideDefaults() {
        StackOptions options = StackOptions.parse(
                List.of(
                        "--clean",
                        "--once",
                        "--demo",
                        "5",
                        "--kafka-port",
                        "29092",
                        "--ingest-port",
                        "18081",
                        "--data-dir",
                        "elsewhere",
                        "--partitions",
                        "6"),
                dir);

        assertThat(options.clean()).isTrue();
        assertThat(options.once()).isTrue();
        assertThat(options.demoDocuments()).isEqualTo(5);
        assertThat(options.ports().kafka()).isEqualTo(29092);
        assertThat(options.ports().ingest()).isEqualTo(18081);
        assertThat(options.dataDirectory()).isEqualTo(dir.resolve("elsewhere"));
        assertThat(options.partitions()).isEqualTo(6);
    }

    @Test
    void badArgumentsAreRefusedWithTheOptionName() {
        assertThatThrownBy(() -> StackOptions.parse(List.of("--kafka-port", "x"), dir))
                .hasMessage("--kafka-port needs a number, not 'x'");
        assertThatThrownBy(() -> StackOptions.parse(List.of("--bogus"), dir)).hasMessage("unknown option '--bogus'");
        assertThatThrownBy(() -> StackOptions.parse(List.of("--demo"), dir)).hasMessage("--demo needs a value");
        assertThat(StackOptions.parse(List.of("--help"), dir)).isNull();
    }

    @Test
    void serviceJarsAreFoundUnderTheRepositoryRootFromASubdirectory() throws Exception {
        Files.createDirectories(dir.resolve("local-stack/target"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");

        StackOptions options = StackOptions.parse(List.of(), dir.resolve("local-stack/target"));

        assertThat(options.root()).isEqualTo(dir);
        assertThat(options.jarOf("ingest-service")).isEqualTo(dir.resolve("ingest-service/target/ingest-service.jar"));
    }
}
