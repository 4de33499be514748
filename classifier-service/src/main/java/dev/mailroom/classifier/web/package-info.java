/** REST adapter: {@code POST /api/v1/classifications} with JSON text or a multipart file, RFC 9457 errors. */
package dev.mailroom.classifier.web;
