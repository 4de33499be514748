/** Shared fixtures for integration tests and the local stack: a real S3 API server (S3Proxy) in-process. */
package dev.mailroom.testsupport;
