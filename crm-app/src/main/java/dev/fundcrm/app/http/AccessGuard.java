package dev.fundcrm.app.http;

import dev.fundcrm.domain.model.ApiUser;
import io.javalin.config.RouterConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.router.matcher.PathParser;
import io.javalin.security.RouteRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before every matched route: a route registered without an {@link Access} is refused (deny by
 * default) unless another guard owns it ({@link DelegatedAccess}), a public one passes, any other needs a
 * valid bearer token whose user the access admits.
 * A presented token that fails counts against the caller's address ({@link AuthThrottle}); over the limit
 * the address gets 429 with {@code Retry-After} before its token is even looked at. A request without any
 * token is not a guess and is simply refused (401) without counting.
 */
final class AccessGuard implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(AccessGuard.class);
    private static final String USER = "fundcrm.apiUser";

    private final BearerAuth auth;
    private final AuthThrottle throttle;
    private final List<Map.Entry<PathParser, Access>> getRoutes;

    /** @param routes the declared routes: a HEAD request, which Javalin answers from a GET route, gets its access */
    AccessGuard(BearerAuth auth, AuthThrottle throttle, List<Route> routes) {
        this.auth = auth;
        this.throttle = throttle;
        RouterConfig router = new RouterConfig();
        this.getRoutes = routes.stream()
                .filter(route -> route.method() == HandlerType.GET)
                .map(route -> Map.entry(new PathParser(route.path(), router), route.access()))
                .toList();
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
        if (access == null && ctx.method() == HandlerType.HEAD) {
            access = getAccess(ctx.path());
        }
        if (access == null) {
            LOG.error("{} {} was registered without an access rule and is refused", ctx.method(), ctx.path());
            throw ProblemException.forbidden("this route declares no access rule, so it is closed");
        }
        if (access == Access.PUBLIC) {
            return;
        }
        String authorization = ctx.header(Header.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized();
        }
        String address = ctx.ip();
        Optional<Duration> wait = throttle.retryAfter(address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS,
                    "too many failed authentications from this address; try again later",
                    Map.of(Header.RETRY_AFTER, Long.toString(seconds)));
        }
        Optional<ApiUser> user = auth.fromHeader(authorization);
        if (user.isEmpty()) {
            throttle.failed(address);
            throw unauthorized();
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

    /** Javalin answers HEAD from the GET route without telling which: find that route's access by its path. */
    private Access getAccess(String path) {
        return getRoutes.stream()
                .filter(route -> route.getKey().matches(path))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static ProblemException unauthorized() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "a valid bearer token is required",
                Map.of(Header.WWW_AUTHENTICATE, "Bearer"));
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
