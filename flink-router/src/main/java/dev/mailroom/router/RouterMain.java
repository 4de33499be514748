package dev.mailroom.router;

import java.nio.file.Path;
import java.time.Clock;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the job jar: parses the configuration, wires the real Kafka source and sink, and runs the job
 * on the cluster that submitted it, or on an in-process MiniCluster with {@code --local}.
 */
public final class RouterMain {

    private static final Logger log = LoggerFactory.getLogger(RouterMain.class);

    private RouterMain() {}

    /** Runs the job; exits with status 2 on a configuration error. */
    public static void main(String[] args) throws Exception {
        ConsolePrinter printer = ConsolePrinter.console();
        RouterConfig config;
        try {
            config = resumeLatest(localDefaults(RouterConfig.parse(args, System.getenv())));
        } catch (IllegalArgumentException e) {
            printer.error(e.getMessage());
            System.exit(2);
            return;
        }
        if (config.help()) {
            printer.usage();
            return;
        }
        Configuration conf = RouterJob.flinkConfiguration(config);
        StreamExecutionEnvironment env = config.local()
                ? StreamExecutionEnvironment.createLocalEnvironment(conf)
                : StreamExecutionEnvironment.getExecutionEnvironment(conf);
        log.info(
                "Starting {} ({}): {} -> {}, {}, {} on {}, checkpoints every {} to {}, restoring from {}",
                RouterJob.JOB_NAME,
                config.local() ? "local MiniCluster" : "cluster",
                config.ingestTopic(),
                config.textTopic(),
                config.scannedTopic(),
                config.rejectedTopic(),
                config.bootstrapServers(),
                config.checkpointInterval(),
                config.checkpointDir() == null ? "the cluster's checkpoint storage" : config.checkpointDir(),
                config.restoreFrom() == null ? "nothing" : config.restoreFrom());
        new RouterJob(config, KafkaConnectors.source(config), KafkaConnectors.sink(config), Clock.systemUTC())
                .addTo(env);
        env.execute(RouterJob.JOB_NAME);
    }

    /** A local run needs somewhere to checkpoint and a sensible parallelism; a cluster brings its own. */
    static RouterConfig localDefaults(RouterConfig config) {
        if (!config.local() || (config.checkpointDir() != null && config.parallelism() > 0)) {
            return config;
        }
        String dir = config.checkpointDir() != null
                ? config.checkpointDir()
                : Path.of(System.getProperty("java.io.tmpdir"), "mailroom-router", "checkpoints")
                        .toUri()
                        .toString();
        return config.withCheckpointDirAndParallelism(dir, config.parallelism() > 0 ? config.parallelism() : 1);
    }

    /** With {@code --resume-latest} and no explicit restore path: the newest retained checkpoint, if any. */
    static RouterConfig resumeLatest(RouterConfig config) {
        if (!config.resumeLatest() || config.restoreFrom() != null) {
            return config;
        }
        if (config.checkpointDir() == null) {
            throw new IllegalArgumentException("--resume-latest needs --checkpoint-dir (or --local)");
        }
        return RetainedCheckpoints.latest(config.checkpointDir())
                .map(checkpoint -> config.withRestoreFrom(checkpoint.toUri().toString()))
                .orElse(config);
    }
}
