/** The raw bytes of scanned documents, fetched from the configured S3 bucket by their content reference. */
package dev.mailroom.classifier.content;
