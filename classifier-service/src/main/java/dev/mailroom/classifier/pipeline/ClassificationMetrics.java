package dev.mailroom.classifier.pipeline;

import dev.mailroom.classifier.ocr.ExtractedText;
import dev.mailroom.contracts.DocumentClassified;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Route;
import dev.mailroom.contracts.Stage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The service's own meters (Prometheus names in brackets): documents per label, department, route and
 * review flag ({@code mailroom_classifier_documents_total}), rejections per reason
 * ({@code mailroom_classifier_rejected_total}), OCR, model and end-to-end latency histograms
 * ({@code mailroom_classifier_ocr_seconds}, {@code mailroom_classifier_model_seconds},
 * {@code mailroom_classifier_end_to_end_seconds}) and the confidence distribution
 * ({@code mailroom_classifier_confidence}).
 */
public final class ClassificationMetrics {

    private final MeterRegistry registry;

    public ClassificationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void extracted(ExtractedText text) {
        if (text.method() == ExtractedText.Method.OCR) {
            Timer.builder("mailroom.classifier.ocr")
                    .description("OCR time per document (all pages)")
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(text.ocrTime());
        }
    }

    void modelTime(String model, Duration time) {
        Timer.builder("mailroom.classifier.model")
                .description("model inference time per document")
                .tag("model", model)
                .publishPercentileHistogram()
                .register(registry)
                .record(time);
    }

    void classified(DocumentClassified outcome, String channel) {
        Counter.builder("mailroom.classifier.documents")
                .description("documents classified")
                .tag("label", outcome.label().code())
                .tag("department", outcome.department())
                .tag("route", outcome.route().code())
                .tag("review", Boolean.toString(outcome.needsReview()))
                .tag("channel", channel)
                .register(registry)
                .increment();
        DistributionSummary.builder("mailroom.classifier.confidence")
                .description("confidence of the predicted label")
                .tag("label", outcome.label().code())
                .serviceLevelObjectives(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0)
                .register(registry)
                .record(outcome.confidence());
        Duration endToEnd = Duration.between(outcome.receivedAt(), outcome.classifiedAt());
        if (!endToEnd.isNegative()) {
            Timer.builder("mailroom.classifier.end.to.end")
                    .description("from receivedAt at ingest to classifiedAt")
                    .tag("route", outcome.route().code())
                    .tag("channel", channel)
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(endToEnd);
        }
    }

    /** Counts a rejected document or record. */
    public void rejected(RejectReason reason, Route route) {
        Counter.builder("mailroom.classifier.rejected")
                .description("documents rejected by the classifier")
                .tag("stage", Stage.CLASSIFIER.code())
                .tag("reason", reason.code())
                .tag("route", route == null ? "unknown" : route.code())
                .register(registry)
                .increment();
    }
}
