/**
 * Kafka adapter: listeners on the text and scanned topics that consume, classify and produce in one
 * transaction, and the recoverer that turns every record that cannot be classified into a
 * {@code document.rejected.v1}.
 */
package dev.mailroom.classifier.messaging;
