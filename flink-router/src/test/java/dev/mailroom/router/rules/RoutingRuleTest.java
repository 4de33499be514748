package dev.mailroom.router.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Route;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingRuleTest {

    private static final int MIN_TEXT_CHARS = 20;

    @ParameterizedTest(name = "textLayer={0} chars={1} {2} -> {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # textLayer | chars | contentType                     | rule
              true      | 20    | application/pdf                 | TEXT_LAYER
              true      | 5000  | text/plain                      | TEXT_LAYER
              true      | 300   | text/html; charset=UTF-8        | TEXT_LAYER
              true      | 300   | message/rfc822                  | TEXT_LAYER
              true      | 300   | image/png                       | TEXT_LAYER
              true      | 19    | text/plain                      | NOTHING_USABLE
              true      | 0     | text/plain                      | NOTHING_USABLE
              true      | 3     | application/pdf                 | IMAGE_ONLY_PDF
              false     | 0     | application/pdf                 | IMAGE_ONLY_PDF
              false     | 500   | APPLICATION/PDF                 | IMAGE_ONLY_PDF
              false     | 0     | image/png                       | IMAGE
              false     | 0     | image/tiff                      | IMAGE
              false     | 120   | image/jpeg                      | IMAGE
              true      | 0     | image/jpeg                      | IMAGE
              false     | 500   | text/plain                      | NOTHING_USABLE
              false     | 0     | application/zip                 | NOTHING_USABLE
              false     | 0     | application/octet-stream        | NOTHING_USABLE
              false     | 0     | ''                              | NOTHING_USABLE
            """)
    void firstMatchingRuleDecides(boolean textLayer, int chars, String contentType, RoutingRule expected) {
        RoutingRule rule =
                RoutingRule.decide(new RoutingRule.RoutingFacts(textLayer, chars, contentType), MIN_TEXT_CHARS);

        assertThat(rule).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"TEXT_LAYER, TEXT", "IMAGE, SCANNED", "IMAGE_ONLY_PDF, SCANNED"})
    void routingRulesNameTheirRoute(RoutingRule rule, Route route) {
        assertThat(rule.route()).contains(route);
    }

    @ParameterizedTest
    @CsvSource({"NOTHING_USABLE"})
    void nothingUsableRejectsAsUnreadable(RoutingRule rule) {
        assertThat(rule.route()).isEmpty();
        assertThat(rule.rejectReason()).isEqualTo(RejectReason.UNREADABLE);
    }
}
