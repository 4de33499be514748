/** The model package format: a JSON manifest plus artifacts, each verified by SHA-256 before use. */
package dev.mailroom.model.pkg;
