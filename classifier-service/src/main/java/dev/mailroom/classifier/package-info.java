/** Spring Boot: classifies routed documents from Kafka and REST, OCR for scans, hot-swapped models. */
package dev.mailroom.classifier;
