/** Shared test fixtures for integration tests: real servers (S3 API server, Kafka broker helpers). */
package dev.mailroom.testsupport;
