package dev.fundcrm.app.http;

import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.Role;
import io.javalin.security.RouteRole;

/**
 * Who may call a route. Every route declares one (see {@link Route}); {@link AccessGuard} refuses a request
 * to any route registered without one, so forgetting it closes a route instead of opening it.
 */
public enum Access implements RouteRole {
    /** No token needed: declared explicitly, only for {@code /health}, {@code /metrics}-like probes. */
    PUBLIC,
    /** Any valid token: members and admins. */
    MEMBER,
    /** Only a token with the ADMIN role whose user is still an active admin. */
    ADMIN;

    boolean admits(ApiUser user) {
        return switch (this) {
            case PUBLIC, MEMBER -> true;
            case ADMIN -> user.role() == Role.ADMIN;
        };
    }
}
