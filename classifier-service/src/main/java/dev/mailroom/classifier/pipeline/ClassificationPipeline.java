package dev.mailroom.classifier.pipeline;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.classifier.content.RawContentStore;
import dev.mailroom.classifier.decision.DecisionPolicy;
import dev.mailroom.classifier.model.ActiveModels;
import dev.mailroom.classifier.ocr.ExtractedText;
import dev.mailroom.classifier.ocr.TextExtractor;
import dev.mailroom.contracts.DocumentClassified;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Route;
import dev.mailroom.contracts.Source;
import dev.mailroom.model.LoadedModel;
import dev.mailroom.model.Prediction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Classifies one document: gets its text (the routed text, or the raw bytes through the text layer or
 * OCR), runs the model of its route, applies the decision policy and builds the
 * {@code document.classified.v1} outcome. Kafka and REST share it, so both give the same answer.
 * Thread-safe.
 */
public final class ClassificationPipeline {

    private final ActiveModels models;
    private final DecisionPolicy policy;
    private final RawContentStore content;
    private final TextExtractor extractor;
    private final ClassificationMetrics metrics;
    private final Clock clock;
    private final int explanationSize;
    private final int maxTextChars;

    public ClassificationPipeline(
            ActiveModels models,
            DecisionPolicy policy,
            RawContentStore content,
            TextExtractor extractor,
            ClassificationMetrics metrics,
            Clock clock,
            int explanationSize,
            int maxTextChars) {
        this.models = models;
        this.policy = policy;
        this.content = content;
        this.extractor = extractor;
        this.metrics = metrics;
        this.clock = clock;
        this.explanationSize = explanationSize;
        this.maxTextChars = maxTextChars;
    }

    /**
     * A routed document from Kafka: the text route uses the routed text (the raw bytes when it has
     * none), the scanned route always reads the raw bytes from S3 and OCRs them.
     */
    public DocumentClassified classify(DocumentRouted routed) {
        String text = routed.text();
        if (routed.route() == Route.SCANNED || text == null || text.isBlank()) {
            text = extract(content.fetch(routed.contentRef())).text();
        }
        return outcome(routed.documentId(), text, routed.route(), routed.source(), routed.receivedAt(), "kafka");
    }

    /** Text posted to the REST API. */
    public DocumentClassified classifyText(String text, Source source) {
        if (text == null || text.isBlank()) {
            throw new RejectionException(RejectReason.UNREADABLE, "text must not be blank");
        }
        Instant now = clock.instant();
        return outcome(UUID.randomUUID(), text, Route.TEXT, source, now, "rest");
    }

    /** A file uploaded to the REST API: the same extraction and OCR as the scanned route. */
    public DocumentClassified classifyFile(byte[] bytes, Source source) {
        Instant now = clock.instant();
        ExtractedText text = extract(bytes);
        Route route = text.method() == ExtractedText.Method.OCR ? Route.SCANNED : Route.TEXT;
        return outcome(UUID.randomUUID(), text.text(), route, source, now, "rest");
    }

    private ExtractedText extract(byte[] bytes) {
        ExtractedText text = extractor.extract(bytes);
        metrics.extracted(text);
        return text;
    }

    private DocumentClassified outcome(
            UUID documentId, String text, Route route, Source source, Instant receivedAt, String channel) {
        LoadedModel model = models.forRoute(route);
        String input = text.length() > maxTextChars ? text.substring(0, maxTextChars) : text;
        long started = System.nanoTime();
        Prediction prediction = model.classify(input, explanationSize);
        metrics.modelTime(model.ref().name(), Duration.ofNanos(System.nanoTime() - started));
        double confidence = Math.max(0.0, Math.min(1.0, prediction.confidence()));
        DecisionPolicy.Decision decision = policy.decide(prediction.label(), confidence);
        DocumentClassified outcome = new DocumentClassified(
                documentId,
                prediction.label(),
                decision.department(),
                confidence,
                prediction.scores(),
                decision.needsReview(),
                prediction.explanation(),
                model.ref(),
                route,
                source,
                receivedAt,
                clock.instant());
        metrics.classified(outcome, channel);
        return outcome;
    }
}
