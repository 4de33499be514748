package dev.mailroom.classifier.testing;

import dev.mailroom.contracts.Label;
import dev.mailroom.model.LabelledText;
import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.kernel.Kernel;
import dev.mailroom.model.kernel.TrainedModel;
import dev.mailroom.model.pkg.ModelPackage;
import dev.mailroom.model.registry.ModelRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tiny models trained through model-core's API on a few dozen templated documents. */
public final class TestModels {

    private static final Map<Label, List<String>> PHRASES = Map.of(
            Label.INVOICE,
            List.of(
                    "invoice number",
                    "amount due",
                    "payment within 30 days",
                    "bank transfer",
                    "total EUR",
                    "vat included",
                    "please pay the invoice"),
            Label.OFFER,
            List.of(
                    "our offer",
                    "quotation valid until",
                    "we are pleased to offer",
                    "discount on list price",
                    "proposal for supply",
                    "price per unit"),
            Label.PURCHASE_ORDER,
            List.of(
                    "purchase order",
                    "please deliver",
                    "order quantity",
                    "delivery address",
                    "we hereby order",
                    "PO number"),
            Label.JOB_APPLICATION,
            List.of(
                    "application for the position",
                    "my curriculum vitae",
                    "years of experience",
                    "I am applying",
                    "references available",
                    "cover letter"),
            Label.COMPLAINT,
            List.of(
                    "I am very disappointed",
                    "arrived broken",
                    "I demand a refund",
                    "unacceptable service",
                    "formal complaint",
                    "still not resolved"),
            Label.SERVICE_REQUEST,
            List.of(
                    "please schedule a technician",
                    "maintenance visit",
                    "the device needs repair",
                    "request for service",
                    "support ticket",
                    "reset my password"),
            Label.OTHER,
            List.of(
                    "newsletter",
                    "season greetings",
                    "team lunch on friday",
                    "press release",
                    "holiday notice",
                    "general information"));

    private TestModels() {}

    /** Six documents per label, each mixing three of the label's phrases with neutral filler. */
    public static List<LabelledText> corpus() {
        List<LabelledText> corpus = new ArrayList<>();
        for (Label label : Label.values()) {
            List<String> phrases = PHRASES.get(label);
            for (int i = 0; i < 6; i++) {
                String text = "Dear Sir or Madam, " + phrases.get(i % phrases.size()) + ". "
                        + phrases.get((i + 1) % phrases.size()) + " and " + phrases.get((i + 2) % phrases.size())
                        + ". Kind regards, sender " + i;
                corpus.add(new LabelledText(text, label));
            }
        }
        return corpus;
    }

    /** Trains a logistic model. */
    public static TrainedModel train(long seed) {
        return Kernel.LOGISTIC.train(corpus(), Map.of(), FeatureConfig.defaults(), seed);
    }

    /** An unpublished package of a freshly trained model. */
    public static ModelPackage packaged(String name, long seed) {
        List<LabelledText> corpus = corpus();
        return ModelPackage.of(
                train(seed),
                name,
                Map.of(),
                ModelPackage.fingerprint(corpus),
                corpus.size(),
                "test-" + seed,
                Instant.parse("2026-11-25T12:00:00Z"));
    }

    /** Trains, publishes and promotes a model; returns its version. */
    public static String publishAndPromote(ModelRegistry registry, String name, long seed) {
        String version = registry.publish(packaged(name, seed));
        registry.promote(name, version, "test");
        return version;
    }
}
