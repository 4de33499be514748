package dev.mailroom.ingest.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A document sent as JSON text.
 *
 * @param text the document text
 * @param sender who sent it, or null
 * @param subject its subject, or null
 * @param filename a file name to keep with it, or null
 */
record TextDocumentRequest(
        @NotBlank String text,
        @Size(max = 512) String sender,
        @Size(max = 1024) String subject,
        @Size(max = 512) String filename) {}
