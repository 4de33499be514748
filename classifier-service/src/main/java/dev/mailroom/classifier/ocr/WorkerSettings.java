package dev.mailroom.classifier.ocr;

import java.time.Duration;

/**
 * Settings of the extraction worker processes; see {@link OcrProperties} for the meaning of each.
 *
 * @param documentTimeout hard time limit per document (the worker is killed past it)
 * @param startTimeout longest wait for a worker to load Tesseract and report ready
 * @param maxHeap the worker JVM's {@code -Xmx} value, e.g. {@code 512m}
 * @param jvmOptions further JVM options of the workers, space-separated (may be empty)
 */
public record WorkerSettings(Duration documentTimeout, Duration startTimeout, String maxHeap, String jvmOptions) {}
