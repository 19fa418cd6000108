package dev.fundcrm.app.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The pages' own script and stylesheet, from the classpath: no CDN, no build step. */
final class Assets {

    List<PageRoute> pages() {
        return List.of(
                PageRoute.get("/assets/review.js", PageAccess.PUBLIC, ctx -> serve(ctx, "review.js", "text/javascript")),
                PageRoute.get("/assets/review.css", PageAccess.PUBLIC, ctx -> serve(ctx, "review.css", "text/css")));
    }

    private static void serve(Context ctx, String name, String contentType) {
        try (InputStream in = Assets.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("asset /web/" + name + " is missing from the classpath");
            }
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header(Header.CACHE_CONTROL, "no-cache");
            ctx.contentType(contentType + "; charset=utf-8").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("reading asset " + name, e);
        }
    }
}
