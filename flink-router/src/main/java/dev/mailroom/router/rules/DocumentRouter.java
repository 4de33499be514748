package dev.mailroom.router.rules;

import dev.mailroom.contracts.DocumentIngested;
import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.OriginalRecord;
import dev.mailroom.contracts.Route;
import java.time.Clock;

/** Cleanses a valid, first-seen document and applies the {@link RoutingRule} table to it. */
public final class DocumentRouter {

    private final Cleanser cleanser;
    private final int minTextChars;
    private final Clock clock;
    private final Rejections rejections;

    /** A router that needs {@code minTextChars} cleansed characters for the text route. */
    public DocumentRouter(Cleanser cleanser, int minTextChars, Clock clock) {
        this.cleanser = cleanser;
        this.minTextChars = minTextChars;
        this.clock = clock;
        this.rejections = new Rejections(clock);
    }

    /** Routes {@code document}; {@code original} is what a rejection carries for replay. */
    public Outcome route(DocumentIngested document, OriginalRecord original) {
        String cleansed = cleanser.cleanse(document.text());
        RoutingRule rule = RoutingRule.decide(
                new RoutingRule.RoutingFacts(
                        document.textLayer(), cleansed.codePointCount(0, cleansed.length()), document.contentType()),
                minTextChars);
        return rule.route()
                .<Outcome>map(route -> new Outcome.Routed(
                        rule,
                        DocumentRouted.of(
                                document, route, route == Route.TEXT ? cleansed : document.text(), clock.instant())))
                .orElseGet(() -> new Outcome.Rejected(rule, rejections.unreadable(document, rule, original)));
    }

    /** Where a document went, and by which rule. */
    public sealed interface Outcome {

        /** The rule that decided. */
        RoutingRule rule();

        /**
         * Routed to the text or scanned topic.
         *
         * @param rule the deciding rule
         * @param event the routed event
         */
        record Routed(RoutingRule rule, DocumentRouted event) implements Outcome {}

        /**
         * Rejected as unusable.
         *
         * @param rule the deciding rule
         * @param event the rejected event
         */
        record Rejected(RoutingRule rule, DocumentRejected event) implements Outcome {}
    }
}
