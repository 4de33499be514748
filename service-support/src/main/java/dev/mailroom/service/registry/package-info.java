/** The model registry bean from {@code mailroom.registry.uri} (filesystem or S3 on the shared client). */
package dev.mailroom.service.registry;
