package dev.mailroom.ingest.imap;

/**
 * One document taken out of an e-mail.
 *
 * @param filename attachment file name, or null for the body
 * @param bytes transfer-decoded bytes of the part
 * @param charset declared charset of a text part, or null
 */
record MailPart(String filename, byte[] bytes, String charset) {}
