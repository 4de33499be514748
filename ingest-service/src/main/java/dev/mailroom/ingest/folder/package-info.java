/**
 * The watched inbox folder: a file is ingested once it has stopped changing, then moved to
 * {@code processed/} or to {@code failed/} with a {@code <name>.reason.txt} beside it; a file whose
 * document could not be confirmed by S3 and Kafka stays where it is and is tried again.
 */
package dev.mailroom.ingest.folder;
