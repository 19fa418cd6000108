package dev.fundcrm.app.web;

import dev.fundcrm.app.http.AuthThrottle;
import dev.fundcrm.app.http.BearerAuth;
import dev.fundcrm.domain.model.ApiToken;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in by pasting an API token once: it is checked like a bearer token, and the browser gets a new
 * session (only the token's hash is kept, server-side). Failed attempts count against the address; past the
 * limit the form refuses before looking at the token. Sign-out ends the session.
 */
final class SignInPages {

    private final Sessions sessions;
    private final BearerAuth auth;
    private final SessionGuard guard;
    private final Responses responses;
    private final AuthThrottle throttle;

    SignInPages(Sessions sessions, BearerAuth auth, SessionGuard guard, Responses responses, AuthThrottle throttle) {
        this.sessions = sessions;
        this.auth = auth;
        this.guard = guard;
        this.responses = responses;
        this.throttle = throttle;
    }

    List<PageRoute> pages() {
        return List.of(
                PageRoute.get("/", PageAccess.PUBLIC, ctx -> ctx.redirect("/inbox", HttpStatus.SEE_OTHER)),
                PageRoute.get("/sign-in", PageAccess.PUBLIC, this::form),
                PageRoute.post("/sign-in", PageAccess.PUBLIC, this::signIn),
                PageRoute.post("/sign-out", PageAccess.MEMBER, this::signOut));
    }

    private void form(Context ctx) {
        Session session = SessionGuard.session(ctx).orElseGet(() -> {
            Session fresh = sessions.anonymous();
            guard.setCookie(ctx, fresh);
            return fresh;
        });
        responses.page(ctx, "signin.jte", new Views.SignInPage(session.csrfToken(), next(ctx.queryParam("next")), ""));
    }

    private void signIn(Context ctx) {
        Session current = SessionGuard.session(ctx).orElseThrow();
        String next = next(ctx.formParam("next"));
        Optional<Duration> wait = throttle.retryAfter(ctx.ip());
        if (wait.isPresent()) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            responses.page(ctx, "signin.jte", new Views.SignInPage(current.csrfToken(), next,
                    "Too many failed sign-ins from here. Try again in a few minutes."));
            return;
        }
        String token = ctx.formParam("token") == null ? "" : ctx.formParam("token").strip();
        String hash = token.isEmpty() ? null : ApiToken.hash(token);
        if (hash == null || auth.fromHash(hash).isEmpty()) {
            throttle.failed(ctx.ip());
            ctx.status(HttpStatus.UNAUTHORIZED);
            responses.page(ctx, "signin.jte", new Views.SignInPage(current.csrfToken(), next,
                    "That token is not valid. Paste the whole token your admin gave you."));
            return;
        }
        guard.setCookie(ctx, sessions.signIn(current.id(), hash));
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        SessionGuard.session(ctx).ifPresent(session -> sessions.end(session.id()));
        guard.clearCookie(ctx);
        ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
    }

    /** Where to go after signing in: a path on this site only, never another site. */
    private static String next(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//")
                || requested.startsWith("/\\") || requested.startsWith("/sign-")) {
            return "/inbox";
        }
        return requested;
    }
}
