/**
 * Kafka wiring shared by the services: topic names ({@code mailroom.topics.*}) and the authentication of every
 * Spring Boot Kafka client ({@code mailroom.kafka.*}).
 */
package dev.mailroom.service.kafka;
