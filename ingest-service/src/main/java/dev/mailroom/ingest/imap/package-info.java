/**
 * The IMAP mailbox poller: each unseen message yields one document per attachment and one for its body
 * when the body has content; the message is flagged {@code \Seen} (and moved, when configured) only after
 * every part is safely produced.
 */
package dev.mailroom.ingest.imap;
