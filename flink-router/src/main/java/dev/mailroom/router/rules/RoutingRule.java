package dev.mailroom.router.rules;

import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Route;
import java.util.Locale;
import java.util.Optional;

/**
 * The routing table, in priority order: the first rule whose condition holds decides where a document goes.
 * Every document matches at least {@link #NOTHING_USABLE}.
 */
public enum RoutingRule {
    /** A digital text layer with at least the configured number of characters after cleansing. */
    TEXT_LAYER("text layer with enough text", Route.TEXT) {
        @Override
        boolean matches(RoutingFacts facts, int minTextChars) {
            return facts.textLayer() && facts.textChars() >= minTextChars;
        }
    },
    /** A raster image: only OCR can read it. */
    IMAGE("image, needs OCR", Route.SCANNED) {
        @Override
        boolean matches(RoutingFacts facts, int minTextChars) {
            return facts.mediaType().startsWith("image/");
        }
    },
    /** A PDF without a (usable) text layer: an image-only PDF, OCR reads it. */
    IMAGE_ONLY_PDF("PDF without a usable text layer, needs OCR", Route.SCANNED) {
        @Override
        boolean matches(RoutingFacts facts, int minTextChars) {
            return facts.mediaType().equals("application/pdf");
        }
    },
    /** Neither enough text nor something OCR could read. */
    NOTHING_USABLE("neither enough text nor an image or PDF to OCR", null) {
        @Override
        boolean matches(RoutingFacts facts, int minTextChars) {
            return true;
        }
    };

    private final String description;
    private final Route route;

    RoutingRule(String description, Route route) {
        this.description = description;
        this.route = route;
    }

    abstract boolean matches(RoutingFacts facts, int minTextChars);

    /** The route this rule sends documents to, or empty when it rejects them. */
    public Optional<Route> route() {
        return Optional.ofNullable(route);
    }

    /** The reject reason of a rule without a route. */
    public RejectReason rejectReason() {
        return RejectReason.UNREADABLE;
    }

    /** Why the rule applies, for logs and rejected records. */
    public String description() {
        return description;
    }

    /** The first rule, in table order, that applies to {@code facts}. */
    public static RoutingRule decide(RoutingFacts facts, int minTextChars) {
        for (RoutingRule rule : values()) {
            if (rule.matches(facts, minTextChars)) {
                return rule;
            }
        }
        throw new IllegalStateException("NOTHING_USABLE matches everything");
    }

    /**
     * What routing looks at.
     *
     * @param textLayer the text came from a digital layer
     * @param textChars length of the cleansed text, in code points
     * @param contentType the detected media type, parameters allowed
     */
    public record RoutingFacts(boolean textLayer, int textChars, String contentType) {

        /** The media type without parameters, lower case. */
        public String mediaType() {
            if (contentType == null) {
                return "";
            }
            int semicolon = contentType.indexOf(';');
            String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
            return type.trim().toLowerCase(Locale.ROOT);
        }
    }
}
