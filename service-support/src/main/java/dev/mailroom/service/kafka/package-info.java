/** Kafka wiring shared by the services: topic names ({@code mailroom.topics.*}). */
package dev.mailroom.service.kafka;
