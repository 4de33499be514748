package dev.mailroom.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * A real S3 API server (S3Proxy) running in this JVM on a free loopback port, for integration tests and
 * the local stack. Objects live in memory ({@link #inMemory()}) or under a directory ({@link
 * #onFilesystem(Path)}); clients authenticate with AWS signature v4 using {@link #accessKey()} and {@link
 * #secretKey()}, exactly as against AWS.
 */
public final class S3TestServer implements AutoCloseable {

    private static final String ACCESS_KEY = "mailroom-access";
    private static final String SECRET_KEY = "mailroom-secret";
    private static final String REGION = "us-east-1";

    private final S3Proxy proxy;
    private final URI endpoint;

    private S3TestServer(BlobStore blobStore, int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port);
        this.proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .ignoreUnknownHeaders(true)
                .build();
    }

    /** Starts a server keeping objects in memory, on a free port. */
    public static S3TestServer inMemory() {
        return start(BlobStores.create("transient-nio2", new Properties()), 0);
    }

    /** Starts a server keeping objects under {@code directory} (created if missing), on a free port. */
    public static S3TestServer onFilesystem(Path directory) {
        return onFilesystem(directory, 0);
    }

    /** Starts a server keeping objects under {@code directory} on {@code port} (0 picks a free port). */
    public static S3TestServer onFilesystem(Path directory, int port) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties properties = new Properties();
        properties.setProperty(
                "jclouds.filesystem.basedir", directory.toAbsolutePath().toString());
        return start(BlobStores.create("filesystem-nio2", properties), port);
    }

    private static S3TestServer start(BlobStore blobStore, int port) {
        S3TestServer server = new S3TestServer(blobStore, port == 0 ? freePort() : port);
        try {
            server.proxy.start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!"STARTED".equals(server.proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start: " + server.proxy.getState());
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting S3Proxy", e);
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy failed to start on " + server.endpoint, e);
        }
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoint URL clients connect to, e.g. {@code http://127.0.0.1:43123}. */
    public URI endpoint() {
        return endpoint;
    }

    /** The TCP port the server listens on. */
    public int port() {
        return endpoint.getPort();
    }

    /** Access key id accepted by the server. */
    public String accessKey() {
        return ACCESS_KEY;
    }

    /** Secret access key accepted by the server. */
    public String secretKey() {
        return SECRET_KEY;
    }

    /** The region name clients should sign for. */
    public String region() {
        return REGION;
    }

    /** A new AWS SDK v2 client for this server (path-style access); the caller closes it. */
    public S3Client client() {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClient(ApacheHttpClient.create())
                .build();
    }

    /** Creates {@code bucket} unless it exists already; returns the bucket name. */
    public String createBucket(String bucket) {
        Objects.requireNonNull(bucket, "bucket");
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (BucketAlreadyOwnedByYouException alreadyThere) {
            // idempotent by design: tests and the local stack may call this on every start
        }
        return bucket;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy failed to stop", e);
        }
    }
}
