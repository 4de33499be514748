package dev.mailroom.ingest.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ImapPropertiesTest {

    @Test
    void toStringMasksThePasswordAndKeepsTheRest() {
        ImapProperties properties = properties("imap-secret-77");

        assertThat(properties.toString())
                .doesNotContain("imap-secret-77")
                .contains("password=***", "host=mail.example.com", "user=mailroom@example.com", "port=993")
                .contains("maxMessagesPerPoll=50");
        assertThat(properties.password()).isEqualTo("imap-secret-77");
    }

    @Test
    void toStringShowsAMissingPasswordAsNull() {
        assertThat(properties(null).toString()).contains("password=null");
        assertThat(properties("").toString()).contains("password=null");
    }

    @Test
    void toStringNamesEveryComponent() {
        String text = properties("x").toString();

        for (var component : ImapProperties.class.getRecordComponents()) {
            assertThat(text).contains(component.getName() + "=");
        }
    }

    private static ImapProperties properties(String password) {
        return new ImapProperties(
                true,
                "mail.example.com",
                993,
                true,
                "",
                "mailroom@example.com",
                password,
                "INBOX",
                null,
                Duration.ofSeconds(30),
                Duration.ofSeconds(20),
                DataSize.ofMegabytes(25),
                DataSize.ofMegabytes(100),
                50);
    }
}
