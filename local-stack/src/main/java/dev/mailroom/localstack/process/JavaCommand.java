package dev.mailroom.localstack.process;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Builds the command line of a child JVM that runs on the same Java as this one. */
public final class JavaCommand {

    private final List<String> launch;
    private final Map<String, String> systemProperties = new TreeMap<>();
    private final List<String> arguments = new ArrayList<>();
    private String heap = "512m";

    private JavaCommand(List<String> launch) {
        this.launch = List.copyOf(launch);
    }

    /** Runs {@code mainClass} with {@code classpath}. */
    public static JavaCommand mainClass(String classpath, String mainClass) {
        return new JavaCommand(List.of("-cp", classpath, mainClass));
    }

    /** Runs an executable jar. */
    public static JavaCommand jar(Path jar) {
        return new JavaCommand(List.of("-jar", jar.toAbsolutePath().toString()));
    }

    /** The java binary of the running JVM. */
    public static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** This JVM's classpath (absolute), for child JVMs that run classes of this module elsewhere. */
    public static String currentClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Maximum heap, e.g. {@code 384m}. */
    public JavaCommand heap(String value) {
        this.heap = value;
        return this;
    }

    /** Adds {@code -Dkey=value}. */
    public JavaCommand systemProperty(String key, String value) {
        systemProperties.put(key, value);
        return this;
    }

    /** Adds program arguments. */
    public JavaCommand args(String... values) {
        arguments.addAll(List.of(values));
        return this;
    }

    /** Adds program arguments. */
    public JavaCommand args(List<String> values) {
        arguments.addAll(values);
        return this;
    }

    /** The complete command line. */
    public List<String> toCommand() {
        List<String> command = new ArrayList<>();
        command.add(javaBinary().toString());
        command.add("-Xmx" + heap);
        command.addAll(tuningOptions(System.getenv(TUNING_ENV)));
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(launch);
        command.addAll(arguments);
        return List.copyOf(command);
    }

    /**
     * Environment variable replacing the default JVM tuning of every part: the defaults favour a quick start on a
     * laptop (serial GC, C1 only); benchmarks set e.g. {@code MAILROOM_PART_JVM_OPTS="-XX:+UseParallelGC"} for
     * the full JIT.
     */
    public static final String TUNING_ENV = "MAILROOM_PART_JVM_OPTS";

    static List<String> tuningOptions(String override) {
        if (override == null || override.isBlank()) {
            return List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        }
        return List.of(override.trim().split("\\s+"));
    }
}
