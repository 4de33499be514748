package dev.mailroom.localstack;

import java.nio.file.Path;
import java.util.List;

/** A module the stack runs has not been built. */
public final class MissingPartException extends RuntimeException {

    MissingPartException(List<Path> jars) {
        super("not built: " + jars + " (run ./mailroom local, which builds them, or mvn -B -ntp -q install"
                + " -DskipTests)");
    }
}
