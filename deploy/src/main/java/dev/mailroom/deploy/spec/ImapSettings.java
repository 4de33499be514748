package dev.mailroom.deploy.spec;

import java.util.Objects;

/**
 * The mailbox the ingest service polls; absent, IMAP stays off ({@code mailroom.ingest.imap.enabled=false}) and no
 * password parameter is needed.
 *
 * @param host IMAP host ({@code mailroom.ingest.imap.host}), TLS on port 993 in the {@code aws} profile
 * @param user mailbox user ({@code mailroom.ingest.imap.user})
 * @param passwordParameter SSM SecureString with the password ({@code mailroom.ingest.imap.password})
 */
public record ImapSettings(String host, String user, String passwordParameter) {

    public ImapSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordParameter, "passwordParameter");
    }

    /** Placeholders for the rendered task definition. */
    public static ImapSettings placeholders() {
        return new ImapSettings("${IMAP_HOST}", "${IMAP_USER}", ServiceCatalog.IMAP_PASSWORD_PARAMETER);
    }
}
