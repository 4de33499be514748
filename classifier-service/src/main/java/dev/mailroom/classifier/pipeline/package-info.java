/**
 * The classification path shared by Kafka and REST: text (from the event, the text layer or OCR), the
 * model of the route, the decision policy, the outcome event, and the metrics of every step.
 */
package dev.mailroom.classifier.pipeline;
