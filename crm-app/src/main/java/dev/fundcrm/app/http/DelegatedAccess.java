package dev.fundcrm.app.http;

import io.javalin.security.RouteRole;

/**
 * A route role that another guard on the same server checks (the review pages' session guard in
 * {@code dev.fundcrm.app.web}). {@link AccessGuard} leaves a route carrying one to that guard instead of
 * asking for a bearer token; a route with neither an {@link Access} nor a delegated role is still refused.
 * Such routes are not API routes: they are not in {@link AdminApi#routes()} and not in {@code /openapi.json}.
 */
public interface DelegatedAccess extends RouteRole {
}
