package dev.fundcrm.app.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One route as declared by a {@link RouteGroup}: method, path, who may call it, and what {@code /openapi.json}
 * says about it. {@link AdminApi} registers routes only from these declarations and the OpenAPI document is
 * generated from the same list, so neither the access rule nor the description can be left out or drift.
 *
 * @param body     the JSON request body's type, or null when the route takes none
 * @param response the JSON response's type ({@code Void.class}: no body), for the description
 * @param status   the status of a successful answer, for the description
 */
public record Route(HandlerType method, String path, Access access, String summary, Handler handler,
                    List<QueryParam> queryParams, Class<?> body, Class<?> response, int status) {

    /** A documented query parameter. */
    public record QueryParam(String name, String description) {
        public QueryParam {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access: every route says who may call it");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(response, "response");
        queryParams = List.copyOf(queryParams);
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a route path starts with '/', was " + path);
        }
        if (access == Access.PUBLIC && path.startsWith("/api/")) {
            throw new IllegalArgumentException("every /api route needs a token, but " + path + " was declared public");
        }
    }

    public static Route get(String path, Access access, String summary, Handler handler) {
        return new Route(HandlerType.GET, path, access, summary, handler, List.of(), null, Object.class, 200);
    }

    public static Route post(String path, Access access, String summary, Handler handler) {
        return new Route(HandlerType.POST, path, access, summary, handler, List.of(), null, Object.class, 200);
    }

    public static Route put(String path, Access access, String summary, Handler handler) {
        return new Route(HandlerType.PUT, path, access, summary, handler, List.of(), null, Object.class, 200);
    }

    public static Route patch(String path, Access access, String summary, Handler handler) {
        return new Route(HandlerType.PATCH, path, access, summary, handler, List.of(), null, Object.class, 200);
    }

    public static Route delete(String path, Access access, String summary, Handler handler) {
        return new Route(HandlerType.DELETE, path, access, summary, handler, List.of(), null, Object.class, 200);
    }

    /** This route, documenting a query parameter. */
    public Route query(String name, String description) {
        List<QueryParam> params = new ArrayList<>(queryParams);
        params.add(new QueryParam(name, description));
        return new Route(method, path, access, summary, handler, params, body, response, status);
    }

    /** This route, taking a JSON body of the given type. */
    public Route body(Class<?> type) {
        return new Route(method, path, access, summary, handler, queryParams, type, response, status);
    }

    /** This route, answering 200 with JSON of the given type ({@code Void.class}: 204 without a body). */
    public Route returns(Class<?> type) {
        return returns(type, type == Void.class ? 204 : 200);
    }

    /** This route, answering the given status with JSON of the given type. */
    public Route returns(Class<?> type, int successStatus) {
        return new Route(method, path, access, summary, handler, queryParams, body, type, successStatus);
    }

    /** The path's {@code {name}} parameters, in order. */
    public List<String> pathParams() {
        List<String> names = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                names.add(segment.substring(1, segment.length() - 1));
            }
        }
        return names;
    }
}
