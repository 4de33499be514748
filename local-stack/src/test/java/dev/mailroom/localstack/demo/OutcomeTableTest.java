package dev.mailroom.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.Label;
import dev.mailroom.contracts.Route;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutcomeTableTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void classifiedRowShowsLabelDepartmentConfidenceRouteAndModel() {
        Outcome outcome = new Outcome(
                ID,
                "001-invoice.pdf",
                null,
                "folder",
                Label.INVOICE,
                "accounts-payable",
                0.934,
                false,
                Route.SCANNED,
                "v000001",
                null);

        String row = OutcomeTable.row(1, outcome, Label.INVOICE);

        assertThat(row).startsWith("1   001-invoice.pdf");
        assertThat(row.split("\\s+"))
                .containsSubsequence("folder", "invoice", "invoice", "accounts-payable", "0.93", "scanned", "v000001");
        assertThat(row).doesNotContain("(!)");
    }

    @Test
    void wrongLabelIsMarkedAndRejectionShowsStageAndReason() {
        Outcome wrong = new Outcome(
                ID,
                "002-offer.txt",
                null,
                "upload",
                Label.COMPLAINT,
                "customer-care",
                0.51,
                false,
                Route.TEXT,
                "v000001",
                null);
        Outcome rejected = new Outcome(
                null,
                "003-blob.bin",
                null,
                "folder",
                null,
                null,
                0.0,
                false,
                null,
                null,
                "ingest/unsupported-type: application/octet-stream");

        assertThat(OutcomeTable.row(2, wrong, Label.OFFER)).contains("complaint (!)");
        assertThat(OutcomeTable.row(3, rejected, null))
                .contains("003-blob.bin")
                .contains("REJECTED ingest/unsupported-type: application/octet-stream");
        assertThat(rejected.rejected()).isTrue();
    }

    @Test
    void longNamesAreCutToTheColumn() {
        Outcome outcome = new Outcome(
                ID, "x".repeat(60), null, "imap", Label.OTHER, "mailroom-triage", 0.7, true, Route.TEXT, "v2", null);

        assertThat(OutcomeTable.row(4, outcome, null)).contains("x".repeat(33) + "~ ");
        assertThat(OutcomeTable.header().get(0)).contains("label", "department", "conf", "route", "model");
    }
}
