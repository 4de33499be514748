/** Spring Boot: REST upload, watched folder and IMAP mailbox into the ingest topic. */
package dev.mailroom.ingest;
