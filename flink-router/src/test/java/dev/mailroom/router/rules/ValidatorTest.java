package dev.mailroom.router.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.SampleEvents;
import dev.mailroom.contracts.Schema;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidatorTest {

    private static final String INGESTED = Schema.DOCUMENT_INGESTED.id();

    private final Validator validator = new Validator(4096);
    private final EventCodec codec = new EventCodec();

    @Test
    void acceptsAnIngestedDocument() {
        Validation validation = validator.validate(INGESTED, codec.encode(SampleEvents.ingested()));

        assertThat(validation).isEqualTo(new Validation.Valid(SampleEvents.ingested()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not json               | {documentId:                            | not valid JSON",
                "json array             | [1,2,3]                                 | invalid",
                "missing field          | {\"documentId\":\"3f1c2a9e-8d4b-4c1a-9f0e-2b7d5e6a1c30\"} | missing",
                "trailing garbage       | {} {}                                   | ''",
            })
    void rejectsBrokenJsonAsMalformed(String name, String json, String detailPart) {
        Validation validation = validator.validate(INGESTED, json.getBytes(StandardCharsets.UTF_8));

        assertThat(validation).isInstanceOfSatisfying(Validation.Invalid.class, invalid -> {
            assertThat(invalid.reason()).isEqualTo(RejectReason.MALFORMED);
            assertThat(invalid.detail()).containsIgnoringCase(detailPart);
        });
    }

    @Test
    void rejectsAWrongFieldValueNamingTheFieldAndKeepsTheId() {
        String json = codec.encodeToString(SampleEvents.ingested()).replace(SampleEvents.SHA256, "not-a-hash");

        Validation validation = validator.validate(INGESTED, json.getBytes(StandardCharsets.UTF_8));

        assertThat(validation).isInstanceOfSatisfying(Validation.Invalid.class, invalid -> {
            assertThat(invalid.reason()).isEqualTo(RejectReason.MALFORMED);
            assertThat(invalid.detail()).contains("sha256");
            assertThat(invalid.documentId()).isEqualTo(SampleEvents.DOCUMENT_ID);
        });
    }

    @Test
    void rejectsAnotherSchemaAnUnknownSchemaAndAMissingHeader() {
        byte[] json = codec.encode(SampleEvents.ingested());

        assertThat(validator.validate(Schema.DOCUMENT_ROUTED.id(), json))
                .isInstanceOfSatisfying(Validation.Invalid.class, invalid -> assertThat(invalid.detail())
                        .contains("is not the expected document.ingested.v1"));
        assertThat(validator.validate("document.ingested.v9", json))
                .isInstanceOfSatisfying(Validation.Invalid.class, invalid -> assertThat(invalid.detail())
                        .contains("unknown schema id 'document.ingested.v9'"));
        assertThat(validator.validate(null, json)).isInstanceOfSatisfying(Validation.Invalid.class, invalid -> {
            assertThat(invalid.reason()).isEqualTo(RejectReason.MALFORMED);
            assertThat(invalid.detail()).contains(Schema.HEADER);
            assertThat(invalid.documentId()).isEqualTo(SampleEvents.DOCUMENT_ID);
        });
    }

    @Test
    void rejectsEmptyAndBinaryRecordsAsMalformed() {
        assertThat(validator.validate(INGESTED, new byte[0]))
                .isEqualTo(new Validation.Invalid(RejectReason.MALFORMED, "empty record", null));
        assertThat(validator.validate(INGESTED, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}))
                .isInstanceOfSatisfying(Validation.Invalid.class, invalid -> assertThat(invalid.reason())
                        .isEqualTo(RejectReason.MALFORMED));
    }

    @Test
    void rejectsOversizedRecordsAsTooLarge() {
        byte[] big = new byte[4097];
        Arrays.fill(big, (byte) ' ');

        assertThat(validator.validate(INGESTED, big)).isInstanceOfSatisfying(Validation.Invalid.class, invalid -> {
            assertThat(invalid.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(invalid.detail()).contains("4097 bytes").contains("4096");
        });
    }
}
