package dev.mailroom.deploy.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed Dockerfile: instructions (line continuations joined, comments dropped) grouped into build stages. */
record Dockerfile(String name, Map<String, String> globalArgs, List<Stage> stages) {

    /** One instruction, e.g. {@code COPY --from=layers /a ./}. */
    record Instruction(int line, String keyword, String arguments) {

        /** The arguments split on whitespace, flags ({@code --x=y}) included. */
        List<String> words() {
            return List.of(arguments.trim().split("\\s+"));
        }

        /** Value of a {@code --flag=value}, or null. */
        String flag(String flag) {
            for (String word : words()) {
                if (word.startsWith("--" + flag + "=")) {
                    return word.substring(flag.length() + 3);
                }
            }
            return null;
        }

        /** The words that are not flags. */
        List<String> operands() {
            return words().stream().filter(word -> !word.startsWith("--")).toList();
        }
    }

    /** A build stage: its base image (ARG defaults substituted), alias and instructions after FROM. */
    record Stage(String image, String alias, int line, List<Instruction> instructions) {

        List<Instruction> all(String keyword) {
            return instructions.stream()
                    .filter(instruction -> instruction.keyword().equals(keyword))
                    .toList();
        }

        Instruction last(String keyword) {
            List<Instruction> found = all(keyword);
            return found.isEmpty() ? null : found.get(found.size() - 1);
        }
    }

    private static final Pattern ARG_REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    static Dockerfile read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file));
    }

    static Dockerfile parse(String name, String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int start = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (pending.isEmpty() && (line.isEmpty() || line.startsWith("#"))) {
                continue;
            }
            if (!pending.isEmpty() && line.startsWith("#")) {
                continue;
            }
            if (pending.isEmpty()) {
                start = i + 1;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            String joined = pending.toString().strip();
            pending.setLength(0);
            int space = joined.indexOf(' ');
            String keyword = (space < 0 ? joined : joined.substring(0, space)).toUpperCase(Locale.ROOT);
            String arguments = space < 0 ? "" : joined.substring(space + 1).strip();
            instructions.add(new Instruction(start, keyword, arguments));
        }

        Map<String, String> globalArgs = new LinkedHashMap<>();
        List<Stage> stages = new ArrayList<>();
        List<Instruction> current = null;
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("FROM")) {
                List<String> operands = instruction.operands();
                String image = substitute(operands.get(0), globalArgs);
                String alias = operands.size() >= 3 && operands.get(1).equalsIgnoreCase("AS") ? operands.get(2) : null;
                current = new ArrayList<>();
                stages.add(new Stage(image, alias, instruction.line(), current));
            } else if (current == null) {
                if (instruction.keyword().equals("ARG")) {
                    String[] parts = instruction.arguments().split("=", 2);
                    globalArgs.put(parts[0].strip(), parts.length > 1 ? unquote(parts[1].strip()) : "");
                }
            } else {
                current.add(instruction);
            }
        }
        return new Dockerfile(name, Map.copyOf(globalArgs), List.copyOf(stages));
    }

    /** The stage that becomes the image. */
    Stage finalStage() {
        return stages.get(stages.size() - 1);
    }

    /** {@code COPY} sources read from the build context (not from another stage). */
    List<String> contextCopySources() {
        List<String> sources = new ArrayList<>();
        for (Stage stage : stages) {
            for (Instruction copy : stage.all("COPY")) {
                if (copy.flag("from") == null) {
                    List<String> operands = copy.operands();
                    sources.addAll(operands.subList(0, operands.size() - 1));
                }
            }
        }
        return sources;
    }

    private static String substitute(String value, Map<String, String> args) {
        Matcher matcher = ARG_REFERENCE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement = args.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
