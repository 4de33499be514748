package dev.mailroom.router.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CleanserTest {

    private final Cleanser cleanser = new Cleanser(10_000);

    @Test
    void nullAndEmptyBecomeEmpty() {
        assertThat(cleanser.cleanse(null)).isEmpty();
        assertThat(cleanser.cleanse("")).isEmpty();
        assertThat(cleanser.cleanse(" \n\t ")).isEmpty();
    }

    @Test
    void composesToNfc() {
        String decomposed = "Rechnungsbetrag fu\u0308r Mu\u0308ller";

        assertThat(cleanser.cleanse(decomposed)).isEqualTo("Rechnungsbetrag f\u00fcr M\u00fcller");
    }

    @Test
    void removesControlAndFormatCharacters() {
        assertThat(cleanser.cleanse("In\u0000voice\u0007 total\u200B due\uFEFF\u001B now"))
                .isEqualTo("Invoice total due now");
    }

    @Test
    void foldsAllWhitespaceToSingleSpaces() {
        assertThat(cleanser.cleanse("  INVOICE\r\nAmount:\t\tEUR\u00A0 1,250.00\n\n\nPayable  "))
                .isEqualTo("INVOICE Amount: EUR 1,250.00 Payable");
    }

    @Test
    void reducesHtmlToText() {
        String html = "<html><head><title>x</title><style>p{color:red}</style></head><body>"
                + "<script>alert('x')</script><!-- tracking --><p>Dear&nbsp;team,</p>"
                + "<div>please find the <b>offer</b> &amp; terms&#33; &#x20AC;&euro; 5 &lt;net&gt;</div><br/>Thanks</body></html>";

        assertThat(cleanser.cleanse(html)).isEqualTo("Dear team, please find the offer & terms! €€ 5 <net> Thanks");
    }

    @Test
    void leavesAngleBracketsInPlainTextAlone() {
        assertThat(cleanser.cleanse("if a < b and c > d then 3 < 4")).isEqualTo("if a < b and c > d then 3 < 4");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "On Mon, 23 Nov 2026 at 10:00, Anna <anna@example.com> wrote:",
                "Am 23.11.2026 um 10:00 schrieb Anna Schmidt <anna@example.com>:",
                "-----Original Message-----",
            })
    void cutsQuotedReplyChainAtTheReplyHeader(String header) {
        String mail = "Please cancel order 4711.\n\n" + header + "\n> We confirm order 4711.\n> Regards";

        assertThat(cleanser.cleanse(mail)).isEqualTo("Please cancel order 4711.");
    }

    @Test
    void cutsOutlookReplyHeader() {
        String mail = "Yes, go ahead.\n\nFrom: Anna Schmidt <anna@example.com>\nSent: Monday, 23 November 2026 10:00\n"
                + "To: Bob\nSubject: order\n\nOld text";

        assertThat(cleanser.cleanse(mail)).isEqualTo("Yes, go ahead.");
    }

    @Test
    void keepsFromLinesThatAreContent() {
        String invoice = "INVOICE 42\nFrom: ACME Ltd, 1 Main Street\nTo: Example GmbH\nTotal EUR 100";

        assertThat(cleanser.cleanse(invoice))
                .isEqualTo("INVOICE 42 From: ACME Ltd, 1 Main Street To: Example GmbH Total EUR 100");
    }

    @Test
    void dropsQuotedLinesInterleavedWithTheAnswer() {
        String mail = "> Can you deliver on Friday?\nYes, Friday works.\n> And the price?\nSame as last time.";

        assertThat(cleanser.cleanse(mail)).isEqualTo("Yes, Friday works. Same as last time.");
    }

    @Test
    void dropsHtmlBlockquotes() {
        String html = "<p>I want a refund.</p><blockquote>Your order has shipped.</blockquote>";

        assertThat(cleanser.cleanse(html)).isEqualTo("I want a refund.");
    }

    @Test
    void trimsSignatureAndDeviceFooter() {
        String mail = "The heating is broken again, please send a technician.\n"
                + "-- \nJohn Doe\nFacility Manager\n+49 30 1234567\n";
        String mobile = "Please call me back.\n\nSent from my iPhone";

        assertThat(cleanser.cleanse(mail)).isEqualTo("The heating is broken again, please send a technician.");
        assertThat(cleanser.cleanse(mobile)).isEqualTo("Please call me back.");
    }

    @Test
    void keepsDashLinesFollowedByLongContent() {
        StringBuilder text = new StringBuilder("Terms\n--\n");
        for (int i = 1; i <= 20; i++) {
            text.append("clause ").append(i).append('\n');
        }

        assertThat(cleanser.cleanse(text.toString()))
                .startsWith("Terms -- clause 1")
                .endsWith("clause 20");
    }

    @Test
    void cutsAtMaximumLengthWithoutSplittingSurrogatePairs() {
        Cleanser short6 = new Cleanser(6);

        assertThat(short6.cleanse("abcdefghij")).isEqualTo("abcdef");
        assertThat(short6.cleanse("abcde\uD83D\uDE00xyz")).isEqualTo("abcde\uD83D\uDE00");
        assertThat(short6.cleanse("abc   def")).isEqualTo("abc de");
    }

    @Test
    void unclosedScriptHidesTheRestAndUppercaseTagsAreHandled() {
        assertThat(cleanser.cleanse("<HTML><BODY><P>Visible text</P><SCRIPT>var x = 1; never closed"))
                .isEqualTo("Visible text");
        assertThat(cleanser.cleanse("<p>\u0130stanbul office</p><!-- note --><p>ok</p>"))
                .isEqualTo("\u0130stanbul office ok");
    }

    @Test
    void pathologicalMarkupIsCleansedInLinearTime() {
        String unclosedTags = "<html>" + "<a ".repeat(100_000);
        String unclosedComments = "<p>x</p>" + "<!--".repeat(50_000);
        String manyScripts = "<p>x</p>" + "<script>a</script><style>b".repeat(20_000);
        String headers = "Text first\n" + "Am 1. Mai schrieb ".repeat(10_000) + "\n";

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            cleanser.cleanse(unclosedTags);
            assertThat(cleanser.cleanse(unclosedComments)).isEqualTo("x");
            assertThat(cleanser.cleanse(manyScripts)).isEqualTo("x");
            assertThat(cleanser.cleanse(headers)).startsWith("Text first");
        });
    }

    @Test
    void rejectsNonPositiveMaximum() {
        assertThatThrownBy(() -> new Cleanser(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
