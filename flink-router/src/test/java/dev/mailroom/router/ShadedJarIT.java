package dev.mailroom.router;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The job jar carries what Kafka loads by class name for MSK IAM (the shade plugin must not drop it). */
class ShadedJarIT {

    @Test
    void jobJarContainsTheMskIamLoginModuleAndItsSaslProvider() throws IOException {
        try (JarFile jar = new JarFile(Path.of("target/flink-router.jar").toFile())) {
            assertThat(jar.getEntry(KafkaSecurity.IAM_LOGIN_MODULE.replace('.', '/') + ".class"))
                    .isNotNull();
            assertThat(jar.getEntry(KafkaSecurity.IAM_CALLBACK_HANDLER.replace('.', '/') + ".class"))
                    .isNotNull();
            assertThat(jar.getEntry("software/amazon/msk/auth/iam/internals/IAMSaslClientProvider.class"))
                    .isNotNull();
            assertThat(jar.getEntry("software/amazon/awssdk/auth/credentials/DefaultCredentialsProvider.class"))
                    .as("the SDK's default credentials chain: the application role on Managed Flink")
                    .isNotNull();
        }
    }
}
