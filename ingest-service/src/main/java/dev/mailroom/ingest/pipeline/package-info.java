/**
 * The one ingest flow every channel uses: detect, extract, store the raw bytes, produce the event, and
 * only then acknowledge. Plain Java: no Spring, Kafka or AWS types; the adapters implement its ports.
 */
package dev.mailroom.ingest.pipeline;
