package dev.fundcrm.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI 3.1 description of the API, generated from the same {@link Route} declarations the server
 * registers, so the two can't drift. Each operation says who may call it ({@code x-access} and its security
 * requirement); every error is described as a problem+json body.
 */
final class OpenApiDocument {

    private OpenApiDocument() {
    }

    static ObjectNode describe(List<Route> routes) {
        ObjectNode document = Json.MAPPER.createObjectNode();
        document.put("openapi", "3.1.0");
        document.putObject("info").put("title", "fundcrm admin API").put("version", "1")
                .put("description", "Bearer tokens (Authorization: Bearer ...) with the MEMBER or ADMIN role. "
                        + "Errors are RFC 9457 application/problem+json.");
        ObjectNode components = document.putObject("components");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        JsonSchemas schemas = new JsonSchemas(components.putObject("schemas"));
        schemas.ref(Problem.class);
        ObjectNode paths = document.putObject("paths");
        for (Route route : routes) {
            ObjectNode item = paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            item.set(route.method().name().toLowerCase(Locale.ROOT), operation(route, schemas));
        }
        return document;
    }

    private static ObjectNode operation(Route route, JsonSchemas schemas) {
        ObjectNode operation = Json.MAPPER.createObjectNode();
        operation.put("summary", route.summary());
        operation.put("operationId", route.method().name().toLowerCase(Locale.ROOT) + route.path()
                .replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "_"));
        operation.put("x-access", route.access().name());
        ArrayNode security = operation.putArray("security");
        if (route.access() != Access.PUBLIC) {
            security.addObject().putArray("bearer");
        }
        ArrayNode parameters = operation.putArray("parameters");
        for (String name : route.pathParams()) {
            parameters.addObject().put("name", name).put("in", "path").put("required", true)
                    .putObject("schema").put("type", "string");
        }
        for (Route.QueryParam param : route.queryParams()) {
            parameters.addObject().put("name", param.name()).put("in", "query").put("required", false)
                    .put("description", param.description()).putObject("schema").put("type", "string");
        }
        if (route.body() != null) {
            operation.putObject("requestBody").putObject("content").putObject("application/json")
                    .set("schema", schemas.ref(route.body()));
        }
        ObjectNode responses = operation.putObject("responses");
        ObjectNode success = responses.putObject(Integer.toString(route.status())).put("description", "success");
        if (route.response() == String.class) {
            success.putObject("content").putObject("text/plain").putObject("schema").put("type", "string");
        } else if (route.response() != Void.class) {
            success.putObject("content").putObject("application/json").set("schema", schemas.ref(route.response()));
        }
        responses.putObject("default").put("description", "an RFC 9457 problem")
                .putObject("content").putObject(Problem.CONTENT_TYPE).set("schema", schemas.ref(Problem.class));
        return operation;
    }
}
