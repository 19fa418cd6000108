package dev.fundcrm.app.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One review page or form target as declared by a page group: method, path, who may open it. Pages are
 * registered only from these declarations, so none can be left without an access rule. POSTs need the
 * session's CSRF token ({@link SessionGuard}).
 */
record PageRoute(HandlerType method, String path, PageAccess access, Handler handler) {

    PageRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access: every page says who may open it");
        Objects.requireNonNull(handler, "handler");
        if (path.startsWith("/api/")) {
            throw new IllegalArgumentException("/api is the JSON API's, not a page: " + path);
        }
    }

    static PageRoute get(String path, PageAccess access, Handler handler) {
        return new PageRoute(HandlerType.GET, path, access, handler);
    }

    static PageRoute post(String path, PageAccess access, Handler handler) {
        return new PageRoute(HandlerType.POST, path, access, handler);
    }
}
