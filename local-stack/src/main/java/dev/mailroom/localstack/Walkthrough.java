package dev.mailroom.localstack;

import java.util.ArrayList;
import java.util.List;

/** After start: bootstraps a model when there is none, feeds the inbox and shows what happened. */
final class Walkthrough {

    private final LocalStack stack;
    private final Console console;

    Walkthrough(LocalStack stack, Console console) {
        this.stack = stack;
        this.console = console;
    }

    void run() {
        console.heading("where to look next");
        console.lines(whereToLook());
    }

    List<String> whereToLook() {
        List<String> lines = new ArrayList<>();
        lines.add("  Kafka      " + stack.bootstrapServers());
        lines.add("  S3 API     " + stack.s3Endpoint() + "  bucket " + StackOptions.BUCKET + "  (access key "
                + StackOptions.S3_ACCESS_KEY + ", secret " + StackOptions.S3_SECRET_KEY + ")");
        lines.add("  logs       " + stack.options().logDirectory());
        return lines;
    }
}
