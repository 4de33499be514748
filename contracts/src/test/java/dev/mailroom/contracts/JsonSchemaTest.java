package dev.mailroom.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JSON Schema files accept what the codec writes, reject malformed samples, and match the enums. */
class JsonSchemaTest {

    private static final String BASE = "https://mailroom.dev/schemas/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012, b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final EventCodec codec = new EventCodec();
    private final ObjectMapper json = new ObjectMapper();

    private static JsonSchema schema(Schema schema) {
        return FACTORY.getSchema(SchemaLocation.of(BASE + schema.id() + ".json"), CONFIG);
    }

    @ParameterizedTest
    @EnumSource(Schema.class)
    void schemaAcceptsWhatTheCodecWrites(Schema schema) throws IOException {
        JsonNode written = json.readTree(codec.encode(SampleEvents.all().get(schema)));

        assertThat(schema(schema).validate(written)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Schema.class)
    void schemaRejectsARecordWithoutItsId(Schema schema) throws IOException {
        ObjectNode tree =
                (ObjectNode) json.readTree(codec.encode(SampleEvents.all().get(schema)));
        tree.remove(schema == Schema.DOCUMENT_REJECTED ? "reason" : "documentId");

        assertThat(schema(schema).validate(tree)).isNotEmpty();
    }

    @Test
    void schemaRejectsMalformedIngestedSamples() throws IOException {
        JsonSchema ingested = schema(Schema.DOCUMENT_INGESTED);
        List<Consumer<ObjectNode>> breakages = List.of(
                t -> t.put("sha256", "XYZ"),
                t -> t.put("sizeBytes", -1),
                t -> t.put("sizeBytes", "12"),
                t -> t.put("documentId", "not-a-uuid"),
                t -> t.put("receivedAt", "yesterday"),
                t -> t.put("textLayer", "yes"),
                t -> t.put("contentRef", "http://elsewhere/raw/x"),
                t -> ((ObjectNode) t.get("source")).put("channel", "fax"),
                t -> t.remove("text"));
        for (Consumer<ObjectNode> breakage : breakages) {
            ObjectNode tree = (ObjectNode) json.readTree(codec.encode(SampleEvents.ingested()));
            breakage.accept(tree);
            Set<ValidationMessage> errors = ingested.validate(tree);
            assertThat(errors).as("schema must reject %s", tree).isNotEmpty();
        }
    }

    @Test
    void schemaRejectsScoresOfUnknownLabels() throws IOException {
        ObjectNode tree = (ObjectNode) json.readTree(codec.encode(SampleEvents.classified()));
        ((ObjectNode) tree.get("scores")).put("spam", 0.5);

        assertThat(schema(Schema.DOCUMENT_CLASSIFIED).validate(tree)).isNotEmpty();
    }

    @Test
    void schemaEnumsMatchTheJavaEnums() throws IOException {
        assertThat(enumOf(Schema.DOCUMENT_CLASSIFIED, "/$defs/label/enum"))
                .isEqualTo(codes(Arrays.stream(Label.values()).map(Label::code)));
        assertThat(enumOf(Schema.DOCUMENT_REJECTED, "/properties/reason/enum"))
                .isEqualTo(codes(Arrays.stream(RejectReason.values()).map(RejectReason::code)));
        assertThat(enumOf(Schema.DOCUMENT_REJECTED, "/properties/stage/enum"))
                .isEqualTo(codes(Arrays.stream(Stage.values()).map(Stage::code)));
        assertThat(enumOf(Schema.DOCUMENT_ROUTED, "/properties/route/enum"))
                .isEqualTo(codes(Arrays.stream(Route.values()).map(Route::code)));
        assertThat(enumOf(Schema.DOCUMENT_INGESTED, "/$defs/source/properties/channel/enum"))
                .isEqualTo(codes(Arrays.stream(Channel.values()).map(Channel::code)));
    }

    private Set<String> enumOf(Schema schema, String pointer) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(schema.resource())) {
            JsonNode values = json.readTree(in).at(pointer);
            assertThat(values.isArray()).as("%s in %s", pointer, schema.id()).isTrue();
            return StreamSupport.stream(values.spliterator(), false)
                    .map(JsonNode::asText)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> codes(java.util.stream.Stream<String> codes) {
        return codes.collect(Collectors.toCollection(TreeSet::new));
    }
}
