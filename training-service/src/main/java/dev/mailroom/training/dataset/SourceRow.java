package dev.mailroom.training.dataset;

/** A row exactly as a source delivers it: the label is still the raw string found in the data. */
public record SourceRow(String id, String label, String text) {}
