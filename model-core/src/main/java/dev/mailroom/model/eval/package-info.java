/** Classification metrics: accuracy, macro-F1, per-class precision/recall/F1, confusion matrix. */
package dev.mailroom.model.eval;
