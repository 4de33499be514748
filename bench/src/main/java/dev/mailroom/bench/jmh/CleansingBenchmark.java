package dev.mailroom.bench.jmh;

import dev.mailroom.router.rules.Cleanser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Documents per second per thread through the router's cleansing (HTML to text, NFC, control characters, quoted
 * replies and signatures, whitespace, length cap) for a mix of plain, HTML and e-mail-thread documents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class CleansingBenchmark {

    private final Cleanser cleanser = new Cleanser(20_000);
    private final List<String> documents = new ArrayList<>();
    private int next;

    @Setup
    public void documents() {
        for (String text : Corpus.texts(300, 3)) {
            documents.add(text);
            documents.add("<html><body><p>" + text.replace("\n", "<br>") + "</p><p>Kind regards</p></body></html>");
            documents.add(text + "\n\n-- \nJane Doe\nAccounts\n\nOn Mon, 3 Nov 2026 at 10:12, Bob wrote:\n> "
                    + text.replace("\n", "\n> "));
        }
    }

    @Benchmark
    public String cleanse() {
        next = (next + 1) % documents.size();
        return cleanser.cleanse(documents.get(next));
    }
}
