package dev.fundcrm.app.web;

import dev.fundcrm.app.http.Json;
import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.Role;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/**
 * How the pages answer: HTML through the templates with security headers, or a small JSON result for the
 * review script's requests ({@code Accept: application/json}), and refusals in the same two forms.
 */
final class Responses {

    /** Only this app's own scripts, styles and forms; never framed. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Templates templates;

    Responses(Templates templates) {
        this.templates = templates;
    }

    /** The frame of a signed-in page: the user, whether to show the admin pages, the session's form token. */
    static Views.Chrome chrome(Context ctx, String title, String section) {
        ApiUser user = SessionGuard.user(ctx);
        return new Views.Chrome(title, user.user().value(), user.role() == Role.ADMIN,
                SessionGuard.session(ctx).orElseThrow().csrfToken(), section);
    }

    void page(Context ctx, String template, Object model) {
        headers(ctx);
        ctx.html(templates.render(template, model));
    }

    /** The outcome of an action for the review script: ok, and a sentence for the status line. */
    void result(Context ctx, HttpStatus status, boolean ok, String message) {
        headers(ctx);
        ctx.status(status).contentType("application/json").result(write(Map.of("ok", ok, "message", message)));
    }

    /** As {@link #result(Context, HttpStatus, boolean, String)}, naming the proposals that left the queue. */
    void result(Context ctx, HttpStatus status, boolean ok, String message, List<String> decided) {
        headers(ctx);
        ctx.status(status).contentType("application/json")
                .result(write(Map.of("ok", ok, "message", message, "decided", decided)));
    }

    /** Ends the request with the status and a sentence for a person: JSON for the script, else an error page. */
    void refuse(Context ctx, HttpStatus status, String message) {
        if (wantsJson(ctx)) {
            result(ctx, status, false, message);
        } else {
            headers(ctx);
            ctx.status(status).html(templates.render("error.jte", new Views.ErrorPage(status.getCode(),
                    status.getMessage(), message)));
        }
        ctx.skipRemainingHandlers();
    }

    /** The sentence for a redirect's {@code done} code; only fixed sentences, so a link can't put words on a page. */
    static String notice(Map<String, String> notices, String codeOrNull) {
        return codeOrNull == null ? "" : notices.getOrDefault(codeOrNull, "");
    }

    static boolean wantsJson(Context ctx) {
        String accept = ctx.header(Header.ACCEPT);
        return accept != null && accept.startsWith("application/json");
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header(Header.CACHE_CONTROL, "no-store");
    }

    private static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and booleans is always JSON", e);
        }
    }
}
