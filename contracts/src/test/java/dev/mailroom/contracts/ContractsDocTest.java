package dev.mailroom.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/contracts.md is generated from the code so it cannot drift: this test fails when it is stale.
 * Regenerate with {@code mvn -pl contracts test -Dtest=ContractsDocTest -Dcontracts.doc.update=true}.
 */
class ContractsDocTest {

    private static final Path DOC = Path.of("..", "docs", "contracts.md");

    @Test
    void contractsDocumentMatchesTheCode() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("contracts.doc.update")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected);
        }
        assertThat(DOC).as("docs/contracts.md is missing").exists();
        assertThat(Files.readString(DOC))
                .as("docs/contracts.md is stale: regenerate it with -Dcontracts.doc.update=true")
                .isEqualTo(expected);
    }

    static String render() {
        StringBuilder doc = new StringBuilder();
        doc.append("# mailroom contracts\n\n")
                .append("Generated from the `contracts` module by `ContractsDocTest`; do not edit by hand.\n")
                .append("Keys are the `documentId`, values UTF-8 JSON, and every record carries the header `")
                .append(Schema.HEADER)
                .append("` with its schema id. JSON Schemas: `contracts/src/main/resources/schemas/`.\n\n")
                .append("## Topics\n\n| topic | schema id |\n| --- | --- |\n");
        for (Topic topic : Topic.values()) {
            doc.append("| `")
                    .append(topic.defaultName())
                    .append("` | `")
                    .append(topic.schema().id())
                    .append("` |\n");
        }
        for (Schema schema : Schema.values()) {
            doc.append("\n## `").append(schema.id()).append("`\n\n| field | type |\n| --- | --- |\n");
            appendFields(doc, "", schema.type());
        }
        doc.append("\n## Labels and default departments\n\n| label | department |\n| --- | --- |\n");
        for (Map.Entry<Label, String> e : Departments.DEFAULT_MAP.entrySet()) {
            doc.append("| `")
                    .append(e.getKey().code())
                    .append("` | `")
                    .append(e.getValue())
                    .append("` |\n");
        }
        doc.append("| (needsReview) | `").append(Departments.REVIEW).append("` |\n");
        doc.append("\n## Reject reasons\n\n")
                .append(Arrays.stream(RejectReason.values())
                        .map(r -> "`" + r.code() + "`")
                        .collect(Collectors.joining(", ")))
                .append("\n");
        return doc.toString();
    }

    private static void appendFields(StringBuilder doc, String prefix, Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            String name = prefix + c.getName();
            doc.append("| `")
                    .append(name)
                    .append("` | ")
                    .append(describe(c.getGenericType()))
                    .append(" |\n");
            if (c.getType().isRecord() && c.getType().getPackage() == Schema.class.getPackage()) {
                appendFields(doc, name + ".", c.getType());
            }
        }
    }

    private static String describe(Type type) {
        String name = type.getTypeName()
                .replace("java.lang.", "")
                .replace("java.util.", "")
                .replace("java.time.", "");
        name = name.replace(Schema.class.getPackageName() + ".", "");
        if (type instanceof Class<?> c && c.isEnum()) {
            return Arrays.stream(c.getEnumConstants())
                    .map(v -> "`" + codeOf(v) + "`")
                    .collect(Collectors.joining(" \\| "));
        }
        return name.replace("$", ".");
    }

    private static String codeOf(Object constant) {
        try {
            return String.valueOf(constant.getClass().getMethod("code").invoke(constant));
        } catch (ReflectiveOperationException e) {
            return String.valueOf(constant);
        }
    }
}
