/**
 * The router's rules in plain Java, free of Flink and Kafka: validation against {@code document.ingested.v1},
 * text cleansing, the routing table and the rejected records they produce.
 */
package dev.mailroom.router.rules;
