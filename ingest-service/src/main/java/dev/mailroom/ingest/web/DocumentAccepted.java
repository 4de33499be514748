package dev.mailroom.ingest.web;

import java.util.UUID;

/**
 * The 202 body: the id under which the document travels on.
 *
 * @param documentId the document id
 */
record DocumentAccepted(UUID documentId) {}
