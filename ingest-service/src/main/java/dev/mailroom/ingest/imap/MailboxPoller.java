package dev.mailroom.ingest.imap;

import dev.mailroom.contracts.Channel;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Source;
import dev.mailroom.ingest.pipeline.DeliveryException;
import dev.mailroom.ingest.pipeline.IngestPipeline;
import dev.mailroom.ingest.pipeline.RawContent;
import dev.mailroom.ingest.pipeline.Submission;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls an IMAP folder for unseen messages. Messages are read with {@code BODY.PEEK}, so the server marks
 * nothing by itself; a message is flagged {@code \Seen} (and moved) only after every one of its documents
 * was confirmed by S3 and Kafka. When a delivery fails the poll stops and the message stays unseen, to be
 * read again by the next poll (its earlier parts may then be produced twice: at-least-once, the router
 * de-duplicates by sha256).
 */
public final class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final IngestPipeline pipeline;
    private final ImapProperties properties;
    private final Session session;
    private final String protocol;

    public MailboxPoller(IngestPipeline pipeline, ImapProperties properties) {
        this.pipeline = pipeline;
        this.properties = properties;
        this.protocol = properties.tls() ? "imaps" : "imap";
        this.session = Session.getInstance(sessionProperties(properties, protocol));
    }

    static Properties sessionProperties(ImapProperties properties, String protocol) {
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        String timeout = Long.toString(properties.timeout().toMillis());
        p.setProperty("mail.store.protocol", protocol);
        p.setProperty(prefix + "host", properties.host());
        p.setProperty(prefix + "port", Integer.toString(properties.port()));
        p.setProperty(prefix + "connectiontimeout", timeout);
        p.setProperty(prefix + "timeout", timeout);
        p.setProperty(prefix + "writetimeout", timeout);
        // read without setting \Seen: the flag is our acknowledgement, set only after delivery
        p.setProperty(prefix + "peek", "true");
        boolean explicitTrust =
                properties.sslTrust() != null && !properties.sslTrust().isBlank();
        if (explicitTrust) {
            p.setProperty(prefix + "ssl.trust", properties.sslTrust());
        }
        // with a CA-verified chain the host name must match too; explicitly trusted hosts skip both
        p.setProperty(prefix + "ssl.checkserveridentity", Boolean.toString(properties.tls() && !explicitTrust));
        p.setProperty("mail.mime.allowutf8", "true");
        return p;
    }

    /**
     * One poll.
     *
     * @return how many messages were handled and flagged
     */
    public int poll() {
        int handled = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(properties.host(), properties.port(), properties.user(), properties.password());
            Folder folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            boolean move = properties.processedFolder() != null
                    && !properties.processedFolder().isBlank();
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                Message[] batch = Arrays.copyOf(unseen, Math.min(unseen.length, properties.maxMessagesPerPoll()));
                for (Message message : batch) {
                    handle((MimeMessage) message);
                    acknowledge(store, folder, message, move);
                    handled++;
                }
            } catch (DeliveryException e) {
                log.warn("message not acknowledged, will retry: {}", e.getMessage());
            } finally {
                folder.close(move);
            }
        } catch (MessagingException e) {
            log.warn("IMAP poll of {}:{} failed: {}", properties.host(), properties.port(), e.getMessage());
        }
        return handled;
    }

    private void handle(MimeMessage message) throws MessagingException {
        if (message.getSize() > properties.maxMessageSize().toBytes()) {
            rejectOversized(message);
            return;
        }
        // work on the raw RFC 822 bytes parsed here, not on the server's view of the parts: what is
        // split is exactly what a rejection stores
        byte[] raw = raw(message);
        MimeMessage local = new MimeMessage(session, new ByteArrayInputStream(raw));
        String sender = sender(local);
        String subject = MessageSplitter.header(safeSubject(local));
        long maxBytes = properties.maxSize().toBytes();
        List<MailPart> parts;
        try {
            parts = MessageSplitter.split(local);
        } catch (MessagingException | IOException | RuntimeException e) {
            rejectWhole(raw, sender, subject, "broken MIME message: " + e.getMessage());
            return;
        }
        if (parts.isEmpty()) {
            rejectWhole(raw, sender, subject, "message has neither body text nor attachments");
            return;
        }
        for (MailPart part : parts) {
            Source source = new Source(Channel.IMAP, sender, subject, part.filename());
            pipeline.ingest(new Submission(source, RawContent.of(part.bytes()), part.charset(), maxBytes));
        }
    }

    private void rejectOversized(MimeMessage message) throws MessagingException {
        Source source = new Source(Channel.IMAP, sender(message), MessageSplitter.header(safeSubject(message)), null);
        String detail = "message is " + message.getSize() + " bytes, the IMAP message limit is "
                + properties.maxMessageSize().toBytes();
        Path spool = null;
        try {
            spool = Files.createTempFile("mailroom-imap-", ".eml");
            try (OutputStream out = Files.newOutputStream(spool)) {
                message.writeTo(out);
            }
            pipeline.reject(
                    new Submission(
                            source,
                            RawContent.of(spool),
                            null,
                            properties.maxMessageSize().toBytes()),
                    RejectReason.TOO_LARGE,
                    detail);
        } catch (IOException e) {
            throw new MessagingException("cannot spool the oversized message", e);
        } finally {
            deleteQuietly(spool);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete spool file {}: {}", file, e.getMessage());
        }
    }

    private static byte[] raw(MimeMessage message) throws MessagingException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("cannot read the raw message", e);
        }
    }

    private void rejectWhole(byte[] raw, String sender, String subject, String detail) {
        Source source = new Source(Channel.IMAP, sender, subject, null);
        pipeline.reject(
                new Submission(
                        source, RawContent.of(raw), null, properties.maxSize().toBytes()),
                RejectReason.MALFORMED,
                detail);
    }

    private void acknowledge(Store store, Folder folder, Message message, boolean move) throws MessagingException {
        message.setFlag(Flags.Flag.SEEN, true);
        if (move) {
            Folder target = store.getFolder(properties.processedFolder());
            if (!target.exists()) {
                target.create(Folder.HOLDS_MESSAGES);
            }
            folder.copyMessages(new Message[] {message}, target);
            message.setFlag(Flags.Flag.DELETED, true);
        }
    }

    private static String sender(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from == null || from.length == 0) {
                return null;
            }
            return from[0] instanceof InternetAddress address
                    ? MessageSplitter.header(address.getAddress())
                    : MessageSplitter.header(from[0].toString());
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String safeSubject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }
}
