package dev.mailroom.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Schema.class)
    void everyEventRoundTripsUnchanged(Schema schema) {
        Record event = SampleEvents.all().get(schema);

        Record decoded = codec.decode(schema.id(), codec.encode(event));

        assertThat(decoded).isEqualTo(event);
    }

    @ParameterizedTest
    @EnumSource(Schema.class)
    void wireFormatMatchesGoldenFile(Schema schema) throws IOException {
        JsonNode golden = golden(schema);

        assertThat(json.readTree(codec.encode(SampleEvents.all().get(schema))))
                .as("encoding of %s drifted from golden/%s.json", schema.id(), schema.id())
                .isEqualTo(golden);
        assertThat(codec.decode(schema.id(), json.writeValueAsBytes(golden)))
                .isEqualTo(SampleEvents.all().get(schema));
    }

    @Test
    void instantsAreWrittenAsIsoUtcStrings() throws IOException {
        JsonNode tree = json.readTree(codec.encode(SampleEvents.ingested()));

        assertThat(tree.get("receivedAt").asText()).isEqualTo("2026-11-24T09:15:30.123Z");
        assertThat(tree.get("source").get("channel").asText()).isEqualTo("imap");
    }

    @Test
    void unknownSchemaIdIsRejectedByName() {
        assertThatThrownBy(() -> codec.decode("document.ingested.v9", codec.encode(SampleEvents.ingested())))
                .isInstanceOf(UnknownSchemaException.class)
                .hasMessageContaining("document.ingested.v9");
    }

    @Test
    void schemaIdOfAnotherEventIsRejected() {
        assertThatThrownBy(() -> codec.decode(
                        Schema.DOCUMENT_ROUTED.id(), codec.encode(SampleEvents.ingested()), DocumentIngested.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("document.routed.v1");
    }

    static Stream<String> requiredFieldsOfIngested() {
        return Stream.of(
                "documentId",
                "receivedAt",
                "source",
                "contentType",
                "sizeBytes",
                "sha256",
                "contentRef",
                "text",
                "textLayer",
                "pages");
    }

    @ParameterizedTest
    @MethodSource("requiredFieldsOfIngested")
    void missingFieldIsNamed(String field) throws IOException {
        ObjectNode tree = (ObjectNode) json.readTree(codec.encode(SampleEvents.ingested()));
        tree.remove(field);

        assertThatThrownBy(() -> codec.decode(json.writeValueAsBytes(tree), DocumentIngested.class))
                .isInstanceOf(MissingFieldException.class)
                .extracting(e -> ((EventFormatException) e).field())
                .isEqualTo(field);
    }

    @Test
    void nullRequiredFieldIsNamed() throws IOException {
        ObjectNode tree = (ObjectNode) json.readTree(codec.encode(SampleEvents.ingested()));
        tree.putNull("contentRef");

        assertThatThrownBy(() -> codec.decode(json.writeValueAsBytes(tree), DocumentIngested.class))
                .isInstanceOf(MissingFieldException.class)
                .hasMessageContaining("contentRef");
    }

    @Test
    void missingNestedFieldIsNamedWithItsPath() throws IOException {
        ObjectNode tree = (ObjectNode) json.readTree(codec.encode(SampleEvents.ingested()));
        ((ObjectNode) tree.get("source")).remove("channel");

        assertThatThrownBy(() -> codec.decode(json.writeValueAsBytes(tree), DocumentIngested.class))
                .isInstanceOf(MissingFieldException.class)
                .extracting(e -> ((EventFormatException) e).field())
                .isEqualTo("source.channel");
    }

    @Test
    void wrongTypeIsNamed() throws IOException {
        ObjectNode tree = (ObjectNode) json.readTree(codec.encode(SampleEvents.ingested()));
        tree.put("sizeBytes", "large");

        assertThatThrownBy(() -> codec.decode(json.writeValueAsBytes(tree), DocumentIngested.class))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((EventFormatException) e).field())
                .isEqualTo("sizeBytes");
    }

    @Test
    void stringIsNotCoercedToBoolean() throws IOException {
        ObjectNode tree = (ObjectNode) json.readTree(codec.encode(SampleEvents.ingested()));
        tree.put("textLayer", "true");

        assertThatThrownBy(() -> codec.decode(json.writeValueAsBytes(tree), DocumentIngested.class))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((EventFormatException) e).field())
                .isEqualTo("textLayer");
    }

    @Test
    void invalidEnumValueIsNamed() throws IOException {
        ObjectNode tree = (ObjectNode) json.readTree(codec.encode(SampleEvents.classified()));
        tree.put("label", "spam");

        assertThatThrownBy(() -> codec.decode(json.writeValueAsBytes(tree), DocumentClassified.class))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((EventFormatException) e).field())
                .isEqualTo("label");
    }

    @Test
    void malformedSha256IsRejected() throws IOException {
        ObjectNode tree = (ObjectNode) json.readTree(codec.encode(SampleEvents.ingested()));
        tree.put("sha256", "not-a-hash");

        assertThatThrownBy(() -> codec.decode(json.writeValueAsBytes(tree), DocumentIngested.class))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((EventFormatException) e).field())
                .isEqualTo("sha256");
    }

    @Test
    void notJsonIsMalformed() {
        assertThatThrownBy(
                        () -> codec.decode("{\"documentId\":".getBytes(StandardCharsets.UTF_8), DocumentIngested.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("not valid JSON")
                .extracting(e -> ((EventFormatException) e).reason())
                .isEqualTo(RejectReason.MALFORMED);
        assertThatThrownBy(() -> codec.decode(new byte[0], DocumentIngested.class))
                .isInstanceOf(EventFormatException.class);
    }

    @Test
    void unknownExtraFieldIsTolerated() throws IOException {
        ObjectNode tree = (ObjectNode) json.readTree(codec.encode(SampleEvents.ingested()));
        tree.put("language", "en");

        assertThat(codec.decode(json.writeValueAsBytes(tree), DocumentIngested.class))
                .isEqualTo(SampleEvents.ingested());
    }

    @Test
    void rejectedRecordNeedsOriginalOrContentRef() throws IOException {
        ObjectNode tree = (ObjectNode) json.readTree(codec.encode(SampleEvents.rejected()));
        tree.putNull("original");
        tree.putNull("contentRef");

        assertThatThrownBy(() -> codec.decode(json.writeValueAsBytes(tree), DocumentRejected.class))
                .isInstanceOf(MissingFieldException.class)
                .hasMessageContaining("original");
    }

    @Test
    void originalRecordKeepsNonUtf8BytesAsBase64() {
        byte[] bytes = {(byte) 0xff, (byte) 0xfe, 0x00, 0x41};

        OriginalRecord original = OriginalRecord.of("documents.ingest", bytes);

        assertThat(original.encoding()).isEqualTo(OriginalRecord.Encoding.BASE64);
        assertThat(original.bytes()).isEqualTo(bytes);
        assertThat(OriginalRecord.of("t", "héllo".getBytes(StandardCharsets.UTF_8))
                        .value())
                .isEqualTo("héllo");
    }

    private JsonNode golden(Schema schema) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/" + schema.id() + ".json")) {
            assertThat(in).as("golden file for %s", schema.id()).isNotNull();
            return json.readTree(in);
        }
    }
}
