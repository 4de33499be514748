package dev.mailroom.localstack.s3;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Child-process entry point: an S3 API server (S3Proxy) keeping objects under a directory, with the
 * bucket created, until the process is terminated. Credentials come from the environment
 * ({@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}), exactly what the services' AWS SDK reads.
 *
 * <p>Arguments: {@code <directory> <port> <bucket>}.
 */
public final class S3ServerMain {

    private static final Logger LOG = LoggerFactory.getLogger(S3ServerMain.class);

    private S3ServerMain() {}

    /** Starts the server and blocks until shutdown. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: S3ServerMain <directory> <port> <bucket>");
        }
        Path directory = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String bucket = args[2];
        String accessKey = requiredEnv("AWS_ACCESS_KEY_ID");
        String secretKey = requiredEnv("AWS_SECRET_ACCESS_KEY");
        Files.createDirectories(directory);
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", directory.toString());
        BlobStore blobStore = BlobStores.create("filesystem-nio2", properties);
        if (!blobStore.containerExists(bucket)) {
            blobStore.createContainer(bucket);
        }
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .ignoreUnknownHeaders(true)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                proxy.stop();
                            } catch (Exception e) {
                                LOG.warn("S3Proxy did not stop cleanly", e);
                            }
                            stopped.countDown();
                        },
                        "s3-shutdown"));
        proxy.start();
        LOG.info("S3 API on http://127.0.0.1:{} serving bucket {} from {}", port, bucket, directory);
        stopped.await();
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
