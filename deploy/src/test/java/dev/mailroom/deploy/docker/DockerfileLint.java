package dev.mailroom.deploy.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A few checked rules for the project's Dockerfiles; each violation names the rule and the line. */
final class DockerfileLint {

    /** A broken rule. */
    record Violation(String rule, int line, String detail) {
        @Override
        public String toString() {
            return rule + " (line " + line + "): " + detail;
        }
    }

    static final String PINNED_BASE = "pinned-base-image";
    static final String NON_ROOT = "non-root-user";
    static final String HEALTHCHECK = "healthcheck";
    static final String NO_REMOTE_ADD = "no-remote-add";
    static final String EXEC_FORM = "exec-form-entrypoint";
    static final String APT_HYGIENE = "apt-hygiene";
    static final String NO_SECRETS = "no-secrets-in-env";

    private static final Pattern REMOTE = Pattern.compile("^(https?|git|ssh)://.*|.*\\.git$|^git@.*");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|API_KEY|TOKEN|CREDENTIAL).*");

    private DockerfileLint() {}

    static List<Violation> check(Dockerfile dockerfile) {
        List<Violation> violations = new ArrayList<>();
        List<String> aliases = dockerfile.stages().stream()
                .map(Dockerfile.Stage::alias)
                .filter(alias -> alias != null)
                .toList();
        for (Dockerfile.Stage stage : dockerfile.stages()) {
            if (!aliases.contains(stage.image()) && !pinned(stage.image())) {
                violations.add(new Violation(
                        PINNED_BASE, stage.line(), stage.image() + " needs an explicit tag (not latest) or digest"));
            }
            for (Dockerfile.Instruction instruction : stage.instructions()) {
                if (instruction.keyword().equals("ADD")) {
                    for (String source : instruction
                            .operands()
                            .subList(0, instruction.operands().size() - 1)) {
                        if (REMOTE.matcher(source).matches()) {
                            violations.add(new Violation(
                                    NO_REMOTE_ADD, instruction.line(), "ADD of a remote source " + source));
                        }
                    }
                }
                if (instruction.keyword().equals("RUN")
                        && instruction.arguments().contains("apt-get install")) {
                    String run = instruction.arguments();
                    if (!run.contains("--no-install-recommends")) {
                        violations.add(new Violation(
                                APT_HYGIENE, instruction.line(), "apt-get install without --no-install-recommends"));
                    }
                    if (!run.contains("rm -rf /var/lib/apt/lists")) {
                        violations.add(new Violation(
                                APT_HYGIENE, instruction.line(), "apt lists not removed in the same layer"));
                    }
                    if (!run.contains("apt-get update")) {
                        violations.add(new Violation(
                                APT_HYGIENE,
                                instruction.line(),
                                "apt-get install without apt-get update in the same RUN"));
                    }
                }
                if (instruction.keyword().equals("ENV") || instruction.keyword().equals("ARG")) {
                    for (String word : instruction.words()) {
                        String name = word.split("=", 2)[0].toUpperCase(Locale.ROOT);
                        if (word.contains("=") && SECRET_NAME.matcher(name).matches()) {
                            violations.add(
                                    new Violation(NO_SECRETS, instruction.line(), name + " is baked into the image"));
                        }
                    }
                }
            }
        }

        Dockerfile.Stage last = dockerfile.finalStage();
        Dockerfile.Instruction user = last.last("USER");
        if (user == null) {
            violations.add(new Violation(NON_ROOT, last.line(), "the final stage never sets USER, so it runs as root"));
        } else {
            String name = user.arguments().split(":", 2)[0].strip();
            if (name.equals("root") || name.equals("0")) {
                violations.add(new Violation(NON_ROOT, user.line(), "the image runs as root"));
            }
        }
        Dockerfile.Instruction healthcheck = last.last("HEALTHCHECK");
        if (healthcheck == null || healthcheck.arguments().strip().equalsIgnoreCase("NONE")) {
            violations.add(new Violation(HEALTHCHECK, last.line(), "the final stage has no HEALTHCHECK"));
        }
        for (String keyword : List.of("ENTRYPOINT", "CMD")) {
            Dockerfile.Instruction instruction = last.last(keyword);
            if (instruction != null && !instruction.arguments().startsWith("[")) {
                violations.add(new Violation(
                        EXEC_FORM, instruction.line(), keyword + " in shell form does not forward SIGTERM"));
            }
        }
        return violations;
    }

    private static boolean pinned(String image) {
        if (image.contains("@sha256:")) {
            return true;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            return false;
        }
        String tag = image.substring(colon + 1);
        return !tag.isEmpty() && !tag.equals("latest") && !tag.contains("$");
    }
}
