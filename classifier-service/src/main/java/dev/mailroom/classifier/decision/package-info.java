/** From a prediction to a routing decision: per-label confidence thresholds and the label-to-department map. */
package dev.mailroom.classifier.decision;
