package dev.mailroom.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One fixed, fully populated instance of every event; shared with other modules via the test-jar. */
public final class SampleEvents {

    public static final UUID DOCUMENT_ID = UUID.fromString("3f1c2a9e-8d4b-4c1a-9f0e-2b7d5e6a1c30");
    public static final UUID FIRST_ID = UUID.fromString("0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d");
    public static final Instant RECEIVED_AT = Instant.parse("2026-11-24T09:15:30.123Z");
    public static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private SampleEvents() {}

    /** The source of the sample events. */
    public static Source source() {
        return new Source(Channel.IMAP, "ap@supplier.example", "Invoice INV-2026-0042", "inv-0042.pdf");
    }

    /** A digital PDF invoice as ingested. */
    public static DocumentIngested ingested() {
        return new DocumentIngested(
                DOCUMENT_ID,
                RECEIVED_AT,
                source(),
                "application/pdf",
                48213,
                SHA256,
                ContentRefs.rawRef("mailroom", RECEIVED_AT, DOCUMENT_ID),
                "INVOICE INV-2026-0042\nAmount due: EUR 1,250.00\nPayable within 30 days.",
                true,
                2);
    }

    /** The sample routed to the text topic. */
    public static DocumentRouted routed() {
        return DocumentRouted.of(
                ingested(),
                Route.TEXT,
                "INVOICE INV-2026-0042 Amount due: EUR 1,250.00 Payable within 30 days.",
                Instant.parse("2026-11-24T09:15:30.456Z"));
    }

    /** A duplicate rejected by the router. */
    public static DocumentRejected rejected() {
        return new DocumentRejected(
                DOCUMENT_ID,
                Stage.ROUTER,
                RejectReason.DUPLICATE,
                "same sha256 as document " + FIRST_ID,
                Instant.parse("2026-11-24T09:15:30.500Z"),
                FIRST_ID,
                ingested().contentRef(),
                source(),
                OriginalRecord.of(
                        Topic.INGEST.defaultName(),
                        "{\"documentId\":\"…\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The outcome of classifying the sample. */
    public static DocumentClassified classified() {
        return new DocumentClassified(
                DOCUMENT_ID,
                Label.INVOICE,
                "accounts-payable",
                0.93,
                Map.of(
                        Label.INVOICE, 0.93,
                        Label.OFFER, 0.02,
                        Label.PURCHASE_ORDER, 0.02,
                        Label.JOB_APPLICATION, 0.0,
                        Label.COMPLAINT, 0.01,
                        Label.SERVICE_REQUEST, 0.01,
                        Label.OTHER, 0.01),
                false,
                List.of(new Feature("invoice", 2.41), new Feature("amount due", 1.37), new Feature("payable", 0.88)),
                new ModelRef("text", "v0003-20261120T101500Z"),
                Route.TEXT,
                source(),
                RECEIVED_AT,
                Instant.parse("2026-11-24T09:15:31.002Z"));
    }

    /** Every sample, in schema order. */
    public static Map<Schema, Record> all() {
        return Map.of(
                Schema.DOCUMENT_INGESTED, ingested(),
                Schema.DOCUMENT_ROUTED, routed(),
                Schema.DOCUMENT_REJECTED, rejected(),
                Schema.DOCUMENT_CLASSIFIED, classified());
    }
}
