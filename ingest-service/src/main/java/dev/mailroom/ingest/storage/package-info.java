/** Raw document bytes in S3 (AWS SDK v2) at {@code raw/yyyy/MM/dd/<documentId>}: the claim check. */
package dev.mailroom.ingest.storage;
