package dev.mailroom.ingest.imap;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The IMAP mailbox channel ({@code mailroom.ingest.imap.*}).
 *
 * @param enabled poll the mailbox at all
 * @param host IMAP server host
 * @param port IMAP server port (993 for TLS, 143 without)
 * @param tls connect with TLS (IMAPS)
 * @param sslTrust hosts whose certificate is trusted without a CA chain ({@code *} for all, tests only);
 *     empty to use the JVM trust store
 * @param user login user
 * @param password login password (from a secret: env {@code MAILROOM_INGEST_IMAP_PASSWORD}); masked in
 *     {@link #toString()}
 * @param folder mailbox folder to read
 * @param processedFolder when set, handled messages are moved there after being flagged {@code \Seen}
 * @param pollInterval pause between two polls
 * @param timeout connect and read timeout of the IMAP connection
 * @param maxSize larger attachments or bodies are rejected as {@code too-large}
 * @param maxMessageSize a larger message is not taken apart: it is streamed to S3 whole and rejected as
 *     {@code too-large}
 * @param maxMessagesPerPoll at most this many messages per poll
 */
@Validated
@ConfigurationProperties("mailroom.ingest.imap")
public record ImapProperties(
        boolean enabled,
        @NotBlank String host,
        @Min(1) int port,
        boolean tls,
        String sslTrust,
        @NotBlank String user,
        String password,
        @NotBlank String folder,
        String processedFolder,
        @NotNull Duration pollInterval,
        @NotNull Duration timeout,
        @NotNull DataSize maxSize,
        @NotNull DataSize maxMessageSize,
        @Min(1) int maxMessagesPerPoll) {

    /** Every setting, the password masked ({@code ***}, or {@code null} when none is set). */
    @Override
    public String toString() {
        return "ImapProperties[enabled=" + enabled + ", host=" + host + ", port=" + port + ", tls=" + tls
                + ", sslTrust=" + sslTrust + ", user=" + user + ", password="
                + (password == null || password.isEmpty() ? null : "***") + ", folder=" + folder
                + ", processedFolder=" + processedFolder + ", pollInterval=" + pollInterval + ", timeout=" + timeout
                + ", maxSize=" + maxSize + ", maxMessageSize=" + maxMessageSize + ", maxMessagesPerPoll="
                + maxMessagesPerPoll + "]";
    }
}
