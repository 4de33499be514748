package dev.mailroom.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A service refuses to start with no or weak credentials outside the {@code local} profile. */
class CredentialPolicyIT {

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(TestApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .properties(properties)
                .run();
    }

    @Test
    void withoutAnyCredentialSourceTheServiceDoesNotStart() {
        assertThatThrownBy(CredentialPolicyIT::start)
                .rootCause()
                .hasMessageContaining("no credentials configured")
                .hasMessageContaining("MAILROOM_SECURITY_APIKEYS_<CLIENT>_KEY");
    }

    @Test
    void aDefaultKeyOutsideLocalDoesNotStart() {
        assertThatThrownBy(() -> start(
                        "mailroom.security.api-keys.scanner.key=mailroom-local-key",
                        "mailroom.security.api-keys.scanner.roles=upload"))
                .rootCause()
                .hasMessageContaining("published default")
                .hasMessageContaining("MAILROOM_SECURITY_APIKEYS_SCANNER_KEY")
                .hasMessageNotContaining("mailroom-local-key");
    }

    @Test
    void theLocalProfileStartsWithTheDefaultKey() {
        try (ConfigurableApplicationContext context = start(
                "spring.profiles.active=local",
                "mailroom.security.api-keys.local.key=mailroom-local-key",
                "mailroom.security.api-keys.local.roles=upload,read")) {
            assertThat(context.isRunning()).isTrue();
        }
    }
}
