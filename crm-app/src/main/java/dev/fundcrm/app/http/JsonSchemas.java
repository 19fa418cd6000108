package dev.fundcrm.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * JSON Schemas (OpenAPI 3.1) for the API's records, collected under {@code components/schemas} by simple
 * name: a record is an object of its components, a collection an array, an enum a string with its values.
 */
final class JsonSchemas {

    private final ObjectNode components;

    JsonSchemas(ObjectNode components) {
        this.components = components;
    }

    /** The schema of a Java type: a {@code $ref} for a record (described once), inline otherwise. */
    ObjectNode ref(Type type) {
        ObjectNode schema = Json.MAPPER.createObjectNode();
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return schema.put("type", "array").set("items", ref(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return schema.put("type", "object").set("additionalProperties", ref(arguments[1]));
            }
            return ref(raw);
        }
        Class<?> type1 = (Class<?>) type;
        if (type1.isArray()) {
            return schema.put("type", "array").set("items", ref(type1.getComponentType()));
        }
        if (type1.isRecord()) {
            define(type1);
            return schema.put("$ref", "#/components/schemas/" + type1.getSimpleName());
        }
        if (type1.isEnum()) {
            schema.put("type", "string");
            for (Object constant : type1.getEnumConstants()) {
                schema.withArray("enum").add(((Enum<?>) constant).name());
            }
            return schema;
        }
        return scalar(type1, schema);
    }

    private static ObjectNode scalar(Class<?> type, ObjectNode schema) {
        if (type == boolean.class || type == Boolean.class) {
            return schema.put("type", "boolean");
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return schema.put("type", "integer");
        }
        if (type == double.class || type == Double.class) {
            return schema.put("type", "number");
        }
        if (type == Instant.class) {
            return schema.put("type", "string").put("format", "date-time");
        }
        if (type == LocalDate.class) {
            return schema.put("type", "string").put("format", "date");
        }
        if (type == String.class) {
            return schema.put("type", "string");
        }
        if (type == Object.class) {
            return schema;
        }
        throw new IllegalArgumentException("no JSON schema for " + type.getName() + ": use a record of plain values");
    }

    private void define(Class<?> record) {
        String name = record.getSimpleName();
        if (components.has(name)) {
            if (!components.get(name).path("x-java-type").asText().equals(record.getName())) {
                throw new IllegalStateException("two records are named " + name + ": rename one");
            }
            return;
        }
        ObjectNode schema = components.putObject(name);
        schema.put("type", "object").put("x-java-type", record.getName());
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent component : record.getRecordComponents()) {
            properties.set(component.getName(), ref(component.getGenericType()));
        }
    }
}
