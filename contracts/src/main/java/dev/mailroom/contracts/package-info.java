/**
 * The event contracts every mailroom module agrees on: records, topics, schema ids, labels and
 * the strict JSON codec. No Spring, Kafka, Flink or AWS imports here.
 */
package dev.mailroom.contracts;
