/**
 * The whole mailroom pipeline on one machine: a process supervisor, a KRaft Kafka broker and an S3 API
 * server as child processes, the services and the router from their jars, and the walkthrough that
 * trains a first model and feeds sample documents.
 */
package dev.mailroom.localstack;
