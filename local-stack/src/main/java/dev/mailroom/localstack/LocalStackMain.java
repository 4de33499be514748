package dev.mailroom.localstack;

import dev.mailroom.localstack.process.PartFailedException;
import dev.mailroom.localstack.process.PortInUseException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code java -jar local-stack.jar [options]}: runs the whole pipeline until Ctrl-C. */
public final class LocalStackMain {

    /** Exit code: wrong arguments. */
    static final int USAGE = 2;

    /** Exit code: a port is taken or a jar is missing; nothing was started. */
    static final int REFUSED = 3;

    /** Exit code: a part failed. */
    static final int FAILED = 1;

    private LocalStackMain() {}

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(List.of(args), Console.system()));
    }

    private static String portOption(String part) {
        return switch (part) {
            case StackPlan.KAFKA -> "--kafka-port / --kafka-controller-port";
            case StackPlan.S3 -> "--s3-port";
            case StackPlan.INGEST -> "--ingest-port";
            case StackPlan.CLASSIFIER -> "--classifier-port";
            case StackPlan.TRAINING -> "--training-port";
            default -> "--help";
        };
    }

    static int run(List<String> args, Console console) {
        StackOptions options;
        try {
            options = StackOptions.parse(args, Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            console.error(e.getMessage());
            console.lines(StackOptions.usage());
            return USAGE;
        }
        if (options == null) {
            console.lines(StackOptions.usage());
            return 0;
        }
        if (Runtime.version().feature() < 17) {
            console.error("mailroom needs Java 17 or newer; this is Java " + Runtime.version());
            return REFUSED;
        }
        LocalStack stack = new LocalStack(options, console);
        Thread stopOnSignal = new Thread(
                () -> {
                    if (stack.supervisor().runningParts().isEmpty()) {
                        return;
                    }
                    console.step("stopping the stack");
                    stack.close();
                    console.step("stopped; data kept in " + options.dataDirectory() + " (--clean removes it)");
                },
                "mailroom-stop");
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
        try {
            console.heading("starting mailroom (data in " + options.dataDirectory() + ")");
            Walkthrough walkthrough = new Walkthrough(stack, console);
            stack.start(walkthrough::afterReady);
            walkthrough.run();
            if (options.once()) {
                return 0;
            }
            console.step("running; press Ctrl-C to stop");
            Optional<PartFailedException> failure = Optional.empty();
            while (failure.isEmpty()) {
                failure = stack.supervisor().awaitUnexpectedExit(Duration.ofHours(1));
            }
            if (stack.supervisor().stopping()) {
                return 0; // stopped by a signal while a part was exiting
            }
            console.partFailed(failure.get());
            return FAILED;
        } catch (PortInUseException e) {
            console.error(e.getMessage() + "; or move " + e.part() + " elsewhere with " + portOption(e.part()));
            return REFUSED;
        } catch (MissingPartException e) {
            console.error(e.getMessage());
            return REFUSED;
        } catch (PartFailedException e) {
            console.partFailed(e);
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        } catch (RuntimeException e) {
            console.error(e.toString());
            return FAILED;
        }
    }
}
