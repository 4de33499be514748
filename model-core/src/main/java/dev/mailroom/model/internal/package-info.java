/** Implementation details shared by model-core packages; not an API, may change without notice. */
package dev.mailroom.model.internal;
