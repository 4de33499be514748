/** The shared S3 client ({@code mailroom.s3.*}) on the Apache HTTP client. */
package dev.mailroom.service.s3;
