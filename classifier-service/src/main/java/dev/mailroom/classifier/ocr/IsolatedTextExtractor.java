package dev.mailroom.classifier.ocr;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.contracts.RejectReason;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text extraction in a small pool of child JVMs ({@link ExtractionWorkerMain}), so that parsing, rendering and
 * OCR of an untrusted document can fail in every way, {@link StackOverflowError}, {@link OutOfMemoryError}, an
 * endless loop, a native crash of libtesseract, and cost that document only. Each document gets a hard time
 * limit: past it the worker process is killed ({@code timeout}); a worker that dies mid-document is reported
 * as {@code ocr-failed}; either way a fresh worker replaces it before the next document. Callers wait for a
 * free worker in a bounded queue; beyond it {@link OcrBusyException} tells them to come back later.
 */
public final class IsolatedTextExtractor implements TextExtractor, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IsolatedTextExtractor.class);
    private static final String WORKER_LOGGING = "dev/mailroom/classifier/ocr/worker-logback.xml";
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private final WorkerSettings settings;
    private final List<String> command;
    private final List<Worker> workers = new ArrayList<>();
    private final BlockingQueue<Worker> idle;
    private final Semaphore admitted;
    private final ScheduledExecutorService watchdog;
    private volatile boolean closed;

    /**
     * Starts {@code ocr.threads()} workers and waits until each has loaded Tesseract.
     *
     * @throws IllegalStateException when a worker does not start (bad tessdata path, no java binary...)
     */
    public IsolatedTextExtractor(OcrSettings ocr, WorkerSettings settings) {
        this.settings = settings;
        this.command = command(ocr, settings);
        this.idle = new ArrayBlockingQueue<>(ocr.threads());
        this.admitted = new Semaphore(ocr.threads() + ocr.queueCapacity());
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ocr-worker-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < ocr.threads(); i++) {
                Worker worker = new Worker(i + 1);
                workers.add(worker);
                worker.start();
                idle.add(worker);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public ExtractedText extract(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RejectionException(RejectReason.UNREADABLE, "the document is empty");
        }
        if (!admitted.tryAcquire()) {
            throw new OcrBusyException(
                    "all " + workers.size() + " extraction workers busy and the queue is full", null);
        }
        try {
            Worker worker = idle.poll(settings.documentTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (worker == null) {
                throw new OcrBusyException("no extraction worker free within " + settings.documentTimeout(), null);
            }
            try {
                return worker.extract(bytes);
            } finally {
                idle.add(worker);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an extraction worker", e);
        } finally {
            admitted.release();
        }
    }

    /** Workers busy with a document now. */
    public int busyWorkers() {
        return workers.size() - idle.size();
    }

    /** Process ids of the running workers (for operators and tests). */
    public List<Long> workerPids() {
        List<Long> pids = new ArrayList<>();
        for (Worker worker : workers) {
            Process process = worker.process;
            if (process != null && process.isAlive()) {
                pids.add(process.pid());
            }
        }
        return pids;
    }

    @Override
    public void close() {
        closed = true;
        for (Worker worker : workers) {
            worker.stop();
        }
        watchdog.shutdownNow();
    }

    /**
     * The worker command line: the service's own java binary and classpath; through Spring Boot's
     * PropertiesLauncher when the service runs from its executable jar or the image's extracted layers (the
     * worker class is then not on the plain classpath).
     */
    static List<String> command(OcrSettings ocr, WorkerSettings settings) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.maxHeap());
        command.add("-XX:+UseSerialGC");
        command.addAll(Arrays.stream(settings.jvmOptions().split("\\s+"))
                .filter(o -> !o.isBlank())
                .toList());
        command.add("-Djava.awt.headless=true");
        command.add("-Dlogback.configurationFile=" + WORKER_LOGGING);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        String main = ExtractionWorkerMain.class.getName();
        if (ClassLoader.getSystemClassLoader().getResource(main.replace('.', '/') + ".class") == null) {
            command.add("-Dloader.main=" + main);
            command.add(BOOT_LAUNCHER);
        } else {
            command.add(main);
        }
        command.addAll(List.of(ExtractionWorkerMain.arguments(ocr)));
        return command;
    }

    /** One child process and its pipes; used by one document at a time (it sits in the idle queue otherwise). */
    private final class Worker {

        private final int number;
        private volatile Process process;
        private DataOutputStream in;
        private DataInputStream out;

        Worker(int number) {
            this.number = number;
        }

        ExtractedText extract(byte[] bytes) {
            if (process == null || !process.isAlive()) {
                restart("it had exited");
            }
            AtomicBoolean timedOut = new AtomicBoolean();
            Process current = process;
            ScheduledFuture<?> deadline = watchdog.schedule(
                    () -> {
                        timedOut.set(true);
                        current.destroyForcibly();
                    },
                    settings.documentTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
            WorkerProtocol.Reply reply;
            try {
                WorkerProtocol.writeRequest(in, bytes);
                reply = WorkerProtocol.readReply(out);
            } catch (IOException e) {
                deadline.cancel(false);
                String exit = kill(current);
                if (timedOut.get()) {
                    restart("timeout");
                    throw new RejectionException(
                            RejectReason.TIMEOUT,
                            "extraction took longer than " + settings.documentTimeout()
                                    + "; the worker process was killed",
                            e);
                }
                restart("crash");
                throw new RejectionException(
                        RejectReason.OCR_FAILED, "the extraction worker process died (" + exit + ")", e);
            }
            deadline.cancel(false);
            if (reply.exiting()) {
                kill(current);
                restart("it exited after an Error");
            }
            if (reply.rejection() != null) {
                throw reply.rejection();
            }
            return reply.text();
        }

        void start() {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putIfAbsent(NativeEnvironment.OMP_THREAD_LIMIT, "1");
            Process started;
            try {
                started = builder.start();
            } catch (IOException e) {
                throw new IllegalStateException("could not start an extraction worker: " + e.getMessage(), e);
            }
            ScheduledFuture<?> deadline = watchdog.schedule(
                    started::destroyForcibly, settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
            DataOutputStream toWorker =
                    new DataOutputStream(new BufferedOutputStream(started.getOutputStream(), 1 << 16));
            DataInputStream fromWorker =
                    new DataInputStream(new BufferedInputStream(started.getInputStream(), 1 << 16));
            try {
                WorkerProtocol.readReady(fromWorker);
            } catch (IOException e) {
                String exit = kill(started);
                throw new IllegalStateException(
                        "extraction worker " + number + " did not start within " + settings.startTimeout() + " (" + exit
                                + "); its stderr is in the service log",
                        e);
            } finally {
                deadline.cancel(false);
            }
            this.in = toWorker;
            this.out = fromWorker;
            this.process = started;
            log.info("extraction worker {} started (pid {})", number, started.pid());
        }

        private void restart(String why) {
            if (closed) {
                throw new IllegalStateException("the extraction workers are shut down");
            }
            log.warn("replacing extraction worker {} ({})", number, why);
            start();
        }

        /** Closing stdin asks the worker to exit; it is killed if it does not. */
        void stop() {
            Process current = process;
            if (current == null) {
                return;
            }
            try {
                in.close();
                if (!current.waitFor(2, TimeUnit.SECONDS)) {
                    current.destroyForcibly();
                }
            } catch (IOException e) {
                current.destroyForcibly();
            } catch (InterruptedException e) {
                current.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        /** Kills the process (if still alive), waits for it, and describes how it ended. */
        private String kill(Process current) {
            current.destroyForcibly();
            try {
                if (current.waitFor(10, TimeUnit.SECONDS)) {
                    int code = current.exitValue();
                    return code > 128 ? "killed by signal " + (code - 128) : "exit code " + code;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "did not exit";
        }
    }
}
