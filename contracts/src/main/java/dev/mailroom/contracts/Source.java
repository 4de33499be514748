package dev.mailroom.contracts;

/**
 * Where a document came from: the channel, and the sender, subject and file name when known.
 *
 * @param channel how it entered mailroom
 * @param sender e-mail address or uploader, or null
 * @param subject e-mail subject, or null
 * @param filename original file name, or null
 */
public record Source(Channel channel, String sender, String subject, String filename) {

    public Source {
        Fields.required(channel, "source.channel");
    }
}
