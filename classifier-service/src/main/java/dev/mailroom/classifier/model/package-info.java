/**
 * The models in service: the {@code production} versions of the text and scanned models, loaded from the
 * registry, verified, and swapped atomically in the background when a new version is promoted.
 */
package dev.mailroom.classifier.model;
