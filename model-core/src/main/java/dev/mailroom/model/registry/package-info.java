/**
 * The model registry: immutable versions, the {@code production} alias with its promotion history, and a small
 * document store; on any {@link dev.mailroom.model.registry.ObjectStore} (filesystem here, S3 in model-registry-s3).
 */
package dev.mailroom.model.registry;
