package dev.fundcrm.app.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /openapi.json}: public, so that clients and agents can discover the API before they hold a
 * token. Describes every route, itself included, from their declarations; built once, at start, so a
 * route whose types can't be described fails the start rather than a request.
 */
final class OpenApiRoutes implements RouteGroup {

    private final Route self;
    private final String document;

    /** @param others every other route the API serves */
    OpenApiRoutes(List<Route> others) {
        this.self = Route.get("/openapi.json", Access.PUBLIC, "This description (OpenAPI 3.1)", this::serve);
        List<Route> all = new ArrayList<>(others);
        all.add(self);
        this.document = OpenApiDocument.describe(all).toPrettyString();
    }

    @Override
    public List<Route> routes() {
        return List.of(self);
    }

    private void serve(Context ctx) {
        ctx.contentType("application/json").result(document);
    }
}
