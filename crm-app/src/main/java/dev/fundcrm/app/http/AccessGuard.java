package dev.fundcrm.app.http;

import dev.fundcrm.domain.model.ApiUser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before every matched route: a route registered without an {@link Access} is refused (deny by
 * default) unless another guard owns it ({@link DelegatedAccess}), a public one passes, any other needs a valid bearer token whose user the access admits.
 * Failed authentications count against the caller's address ({@link AuthThrottle}); over the limit it gets
 * 429 with {@code Retry-After} before its token is even looked at.
 */
final class AccessGuard implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(AccessGuard.class);
    private static final String USER = "fundcrm.apiUser";

    private final BearerAuth auth;
    private final AuthThrottle throttle;

    AccessGuard(BearerAuth auth, AuthThrottle throttle) {
        this.auth = auth;
        this.throttle = throttle;
    }

    /** The authenticated caller of a route that needs a token. */
    static ApiUser user(Context ctx) {
        ApiUser user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException("no authenticated user on " + ctx.path() + ": is the route public?");
        }
        return user;
    }

    @Override
    public void handle(Context ctx) {
        Access access = declared(ctx.routeRoles());
        if (access == null && delegated(ctx.routeRoles())) {
            return;
        }
        if (access == null) {
            LOG.error("{} {} was registered without an access rule and is refused", ctx.method(), ctx.path());
            throw ProblemException.forbidden("this route declares no access rule, so it is closed");
        }
        if (access == Access.PUBLIC) {
            return;
        }
        String address = ctx.ip();
        Optional<Duration> wait = throttle.retryAfter(address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS,
                    "too many failed authentications from this address; try again later",
                    Map.of(Header.RETRY_AFTER, Long.toString(seconds)));
        }
        Optional<ApiUser> user = auth.fromHeader(ctx.header(Header.AUTHORIZATION));
        if (user.isEmpty()) {
            throttle.failed(address);
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "a valid bearer token is required",
                    Map.of(Header.WWW_AUTHENTICATE, "Bearer"));
        }
        if (!access.admits(user.get())) {
            throw ProblemException.forbidden("this route is for admins");
        }
        ctx.attribute(USER, user.get());
    }

    /** Whether exactly one role is left to another guard, and no {@link Access} competes with it. */
    private static boolean delegated(Set<RouteRole> roles) {
        return roles.stream().filter(role -> role instanceof DelegatedAccess).count() == 1
                && roles.stream().noneMatch(role -> role instanceof Access);
    }

    private static Access declared(Set<RouteRole> roles) {
        Access found = null;
        for (RouteRole role : roles) {
            if (role instanceof Access access) {
                if (found != null) {
                    return null;
                }
                found = access;
            }
        }
        return found;
    }
}
