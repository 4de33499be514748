/**
 * Produces {@code document.ingested.v1} and {@code document.rejected.v1} with an idempotent, acks=all
 * producer, values encoded by the contracts' {@code EventCodec}, key = documentId, header
 * {@code mailroom-schema}; every send waits for the broker's acknowledgement.
 */
package dev.mailroom.ingest.messaging;
