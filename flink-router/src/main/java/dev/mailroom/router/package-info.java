/**
 * The flink-router job: reads {@code documents.ingest}, validates, de-duplicates, cleanses and routes each
 * document to {@code documents.text}, {@code documents.scanned} or {@code documents.rejected}. The Flink
 * functions here are thin adapters around the plain-Java rules in {@link dev.mailroom.router.rules}.
 */
package dev.mailroom.router;
