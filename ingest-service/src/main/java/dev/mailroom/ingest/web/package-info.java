/** {@code POST /api/v1/documents}: multipart file or JSON text, 202 with the document id; RFC 9457 errors. */
package dev.mailroom.ingest.web;
