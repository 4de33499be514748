package dev.mailroom.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Strict JSON (de)serialisation of the events. Every field is written, nulls included; on read a
 * missing field, a null where a value is required, a wrong type or an unknown schema id raises an
 * {@link EventFormatException} naming the field. Unknown extra fields are ignored so that a newer
 * producer adding an optional field does not break an older consumer (tolerant reader).
 *
 * <p>Thread-safe; create one and share it.
 */
public final class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec() {
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .build();
    }

    /** Serialises an event to UTF-8 JSON. */
    public byte[] encode(Record event) {
        Schema.of(event.getClass());
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    /** Serialises an event to a JSON string. */
    public String encodeToString(Record event) {
        return new String(encode(event), StandardCharsets.UTF_8);
    }

    /** Decodes a record whose schema id (header value) must be the one of {@code expected}. */
    public <T extends Record> T decode(String schemaId, byte[] json, Class<T> expected) {
        Schema schema = Schema.byId(schemaId).orElseThrow(() -> new UnknownSchemaException(schemaId));
        if (schema.type() != expected) {
            throw new EventFormatException(
                    null,
                    "schema '" + schemaId + "' is not the expected "
                            + Schema.of(expected).id(),
                    null);
        }
        return decode(json, expected);
    }

    /** Decodes a record of whichever known schema {@code schemaId} names. */
    public Record decode(String schemaId, byte[] json) {
        Schema schema = Schema.byId(schemaId).orElseThrow(() -> new UnknownSchemaException(schemaId));
        return decode(json, schema.type());
    }

    /** Decodes JSON into the given event type, validating it strictly. */
    public <T extends Record> T decode(byte[] json, Class<T> type) {
        if (json == null || json.length == 0) {
            throw new EventFormatException(null, "empty record", null);
        }
        try {
            return mapper.readValue(json, type);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof EventFormatException format) {
                throw format;
            }
            throw new InvalidFieldException(path(e), rootMessage(e), e);
        } catch (JsonParseException e) {
            throw new EventFormatException(null, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (JsonMappingException e) {
            String field = path(e);
            String message = e.getOriginalMessage();
            if (message.startsWith("Missing creator property")
                    || message.startsWith("Missing required creator property")
                    || message.startsWith("Cannot map `null`")) {
                throw new MissingFieldException(field);
            }
            throw new InvalidFieldException(field, message, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes JSON text into the given event type. */
    public <T extends Record> T decode(String json, Class<T> type) {
        return decode(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? null : path;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
