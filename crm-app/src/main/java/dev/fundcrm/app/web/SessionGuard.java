package dev.fundcrm.app.web;

import dev.fundcrm.app.http.BearerAuth;
import dev.fundcrm.domain.model.ApiUser;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Runs before every matched route and checks the review pages ({@link PageAccess} routes; the API's routes
 * are the API guard's). A page needs a signed-in session unless it is PUBLIC: without one a GET is sent to
 * the sign-in page, anything else is refused (401). A member on an admin page gets a 403 page. Every POST,
 * sign-in included, must carry the session's CSRF token (form field or {@value #CSRF_HEADER} header), else
 * 403 and nothing runs. The session cookie is HttpOnly and SameSite=Strict.
 */
final class SessionGuard implements Handler {

    static final String COOKIE = "fundcrm_session";
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION = "fundcrm.web.session";
    private static final String USER = "fundcrm.web.user";

    private final Sessions sessions;
    private final BearerAuth auth;
    private final Responses responses;
    private final boolean secureCookies;

    SessionGuard(Sessions sessions, BearerAuth auth, Responses responses, boolean secureCookies) {
        this.sessions = sessions;
        this.auth = auth;
        this.responses = responses;
        this.secureCookies = secureCookies;
    }

    /** The signed-in user of a page that is not PUBLIC. */
    static ApiUser user(Context ctx) {
        ApiUser user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException("no signed-in user on " + ctx.path() + ": is the page public?");
        }
        return user;
    }

    /** The request's live session, if it has one. */
    static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    @Override
    public void handle(Context ctx) {
        PageAccess access = declared(ctx);
        if (access == null) {
            return;
        }
        Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
        session.ifPresent(found -> ctx.attribute(SESSION, found));
        if (ctx.method() != HandlerType.GET && !csrfMatches(ctx, session)) {
            responses.refuse(ctx, HttpStatus.FORBIDDEN, "This form has expired or did not come from this site. "
                    + "Reload the page and try again.");
            return;
        }
        if (access == PageAccess.PUBLIC) {
            return;
        }
        Optional<ApiUser> user = session.filter(Session::signedIn).flatMap(found -> auth.fromHash(found.tokenHashOrNull()));
        if (user.isEmpty()) {
            if (ctx.method() == HandlerType.GET) {
                ctx.redirect("/sign-in?next=" + URLEncoder.encode(pathWithQuery(ctx), StandardCharsets.UTF_8),
                        HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
            } else {
                responses.refuse(ctx, HttpStatus.UNAUTHORIZED, "You are signed out. Sign in again to continue.");
            }
            return;
        }
        if (!access.admits(user.get())) {
            responses.refuse(ctx, HttpStatus.FORBIDDEN, "This page is for the fund's admins.");
            return;
        }
        ctx.attribute(USER, user.get());
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, Secure when configured, for the browser session. */
    void setCookie(Context ctx, Session session) {
        ctx.cookie(new Cookie(COOKIE, session.id(), "/", -1, secureCookies, true, null, SameSite.STRICT));
    }

    void clearCookie(Context ctx) {
        ctx.cookie(new Cookie(COOKIE, "", "/", 0, secureCookies, true, null, SameSite.STRICT));
    }

    private static boolean csrfMatches(Context ctx, Optional<Session> session) {
        String presented = ctx.header(CSRF_HEADER);
        if (presented == null) {
            presented = ctx.formParam(CSRF_FIELD);
        }
        if (presented == null || session.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                session.get().csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private static String pathWithQuery(Context ctx) {
        return ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    }

    private static PageAccess declared(Context ctx) {
        PageAccess found = null;
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof PageAccess access) {
                found = access;
            }
        }
        return found;
    }
}
