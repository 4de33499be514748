package dev.mailroom.service.testing;

import dev.mailroom.testsupport.S3TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Base of the tests of service-support's S3 wiring against a real S3 API server (in-process S3Proxy, bucket
 * {@value #BUCKET}): the server for the class, its credentials for the SDK's default chain, and a context runner of
 * the given auto-configurations pointed at it.
 */
public abstract class S3ServerTestBase {

    /** The bucket the server starts with. */
    public static final String BUCKET = "mailroom";

    /** The server of the running test class. */
    protected static S3TestServer server;

    @BeforeAll
    static void startS3Server() {
        server = S3TestServer.inMemory();
        server.createBucket(BUCKET);
        System.setProperty("aws.accessKeyId", server.accessKey());
        System.setProperty("aws.secretAccessKey", server.secretKey());
    }

    @AfterAll
    static void stopS3Server() {
        server.close();
    }

    /** A context runner of {@code configurations} whose {@code mailroom.s3.*} point at the server. */
    protected static ApplicationContextRunner runnerOnServer(Class<?>... configurations) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(configurations))
                .withPropertyValues(
                        "mailroom.s3.endpoint=" + server.endpoint(),
                        "mailroom.s3.region=" + server.region(),
                        "mailroom.s3.path-style-access=true");
    }
}
