package dev.fundcrm.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * The API's one JSON mapper, strict on input (unknown fields, nulls for primitives, a string where a number
 * belongs and trailing garbage are all 400s), and reading of request bodies into records with every failure
 * turned into a 400 problem naming the field. All JSON the API writes goes through Jackson, which escapes
 * text from captured mail; nothing builds JSON by hand.
 */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // ALLOW_COERCION_OF_SCALARS leaves number-or-boolean-to-text alone: {"name": 42} would read as "42".
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private Json() {
    }

    /** The request's JSON body as the given type; a 400 problem when it is missing, malformed or mistyped. */
    public static <T> T read(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ProblemException.badRequest("this request needs a JSON body");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw ProblemException.badRequest("this request needs a JSON object, not null");
            }
            return value;
        } catch (ValueInstantiationException e) {
            throw ProblemException.badRequest(invalidValue(e));
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.badRequest("unknown field " + path(e));
        } catch (MismatchedInputException e) {
            throw ProblemException.badRequest(e.getPath().isEmpty()
                    ? "the body must be a JSON object"
                    : "field " + path(e) + " is missing or has the wrong type");
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest(e.getLocation() == null
                    ? "malformed JSON"
                    : "malformed JSON at line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw ProblemException.badRequest("the body could not be read");
        }
    }

    /**
     * A record's constructor refused a value: its message is one the domain wrote ("no '@' in ..."), or a
     * {@code requireNonNull} name, so it is safe and useful to show.
     */
    private static String invalidValue(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof NullPointerException) {
            return "field " + qualified(e, cause.getMessage()) + " is required";
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return "invalid value" + (e.getPath().isEmpty() ? "" : " in " + path(e)) + ": " + cause.getMessage();
        }
        return "invalid value" + (e.getPath().isEmpty() ? "" : " in " + path(e));
    }

    private static String qualified(JsonMappingException e, String field) {
        String prefix = e.getPath().isEmpty() ? "" : path(e) + ".";
        return "'" + prefix.replace("'", "") + (field == null ? "?" : field) + "'";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".", "'", "'"));
    }
}
