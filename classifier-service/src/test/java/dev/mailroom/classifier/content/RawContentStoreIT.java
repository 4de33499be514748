package dev.mailroom.classifier.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.contracts.ContentRefs;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.testsupport.S3TestServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Raw content fetched from a real S3 API server (in-process S3Proxy). */
class RawContentStoreIT {

    static S3TestServer server;
    static S3Client s3;
    static RawContentStore store;

    @BeforeAll
    static void start() {
        server = S3TestServer.inMemory();
        server.createBucket("mailroom");
        server.createBucket("elsewhere");
        s3 = server.client();
        store = new RawContentStore(s3, "mailroom", 64);
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
    }

    static String put(String bucket, byte[] bytes) {
        UUID id = UUID.randomUUID();
        String key = ContentRefs.rawKey(Instant.parse("2026-11-25T10:00:00Z"), id);
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
        return "s3://" + bucket + "/" + key;
    }

    @Test
    void fetchesTheBytesBehindAReferenceInTheConfiguredBucket() {
        String ref = put("mailroom", "scanned bytes".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(store.fetch(ref), StandardCharsets.UTF_8)).isEqualTo("scanned bytes");
    }

    @Test
    void referenceToAnotherBucketIsRejectedWithoutReadingIt() {
        String ref = put("elsewhere", "secret".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> store.fetch(ref))
                .isInstanceOfSatisfying(RejectionException.class, e -> assertThat(e.reason())
                        .isEqualTo(RejectReason.INVALID_CONTENT_REF))
                .hasMessageContaining("outside the configured bucket");
    }

    @Test
    void keyOutsideRawIsRejectedEvenWhenTheObjectExists() {
        s3.putObject(
                b -> b.bucket("mailroom").key("models/mailroom-text/aliases/production.json"),
                RequestBody.fromBytes("{}".getBytes(StandardCharsets.UTF_8)));

        for (String ref : new String[] {
            "s3://mailroom/models/mailroom-text/aliases/production.json",
            "s3://mailroom/jobs/x.json",
            "s3://mailroom/rawx"
        }) {
            assertThatThrownBy(() -> store.fetch(ref))
                    .as(ref)
                    .isInstanceOfSatisfying(RejectionException.class, e -> assertThat(e.reason())
                            .isEqualTo(RejectReason.INVALID_CONTENT_REF))
                    .hasMessageContaining("outside the raw documents ('raw/' keys)");
        }
    }

    @Test
    void malformedAndMissingReferencesAreInvalid() {
        for (String ref :
                new String[] {"http://mailroom/raw/x", "s3://mailroom/raw/../models/x", "s3://mailroom/raw/none"}) {
            assertThatThrownBy(() -> store.fetch(ref))
                    .as(ref)
                    .isInstanceOfSatisfying(RejectionException.class, e -> assertThat(e.reason())
                            .isEqualTo(RejectReason.INVALID_CONTENT_REF));
        }
    }

    @Test
    void objectOverTheSizeLimitIsTooLarge() {
        String ref = put("mailroom", new byte[65]);

        assertThatThrownBy(() -> store.fetch(ref))
                .isInstanceOfSatisfying(
                        RejectionException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE));
    }
}
