package dev.mailroom.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rules the compiler does not check: console output only through the CLI, no star imports. */
class SourceRulesTest {

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void onlyTheCliEntryPointTouchesTheConsole() throws IOException {
        List<Path> sources = mainSources();
        assertThat(sources).hasSizeGreaterThan(10);
        for (Path source : sources) {
            String code = Files.readString(source);
            if (!source.endsWith(Path.of("cli", "SampleDataCli.java"))) {
                assertThat(code)
                        .as("%s must print through the CLI's ConsolePrinter", source)
                        .doesNotContain("System.out")
                        .doesNotContain("System.err")
                        .doesNotContain("printStackTrace");
            }
        }
    }

    @Test
    void noStarImports() throws IOException {
        for (Path source : mainSources()) {
            assertThat(Files.readAllLines(source)).as(source.toString()).noneMatch(l -> l.matches("^import .*\\*;$"));
        }
    }
}
