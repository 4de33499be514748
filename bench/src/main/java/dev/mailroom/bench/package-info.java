/**
 * Load generator and benchmarks: {@code e2e} (documents through a running stack), {@code kafka-baseline} (the
 * same machine's raw Kafka bound), {@code rest} (the classifier's REST API), and JMH benchmarks.
 */
package dev.mailroom.bench;
