/**
 * The admin HTTP API (JSON under {@code /api}, plus {@code /health}, {@code /metrics}, {@code /openapi.json}).
 *
 * <h2>How a request is handled</h2>
 * {@link dev.fundcrm.app.http.AdminApi} registers every route from a {@link dev.fundcrm.app.http.RouteGroup}'s
 * {@link dev.fundcrm.app.http.Route} declarations, each with its {@link dev.fundcrm.app.http.Access}
 * (PUBLIC, MEMBER, ADMIN). Before a matched route runs, {@code AccessGuard} refuses a route without an
 * access rule (deny by default), lets a PUBLIC one through, and otherwise needs a bearer token
 * ({@link dev.fundcrm.app.http.BearerAuth}, by the token's hash) whose user the access admits: 401 without
 * a valid token, 403 for a member on an admin route, 429 with {@code Retry-After} after too many failures
 * from one address ({@link dev.fundcrm.app.http.AuthThrottle}). An ADMIN token counts as admin only while
 * its user is an active admin; otherwise it acts as a MEMBER token. Every error is an RFC 9457
 * {@code application/problem+json} body; an unexpected exception answers 500 with a reference id that is
 * logged with the exception, never the exception's text.
 *
 * <h2>Adding a route group</h2>
 * <ol>
 *   <li>Write one final class per group, e.g. {@code ContactRoutes implements RouteGroup}, taking the
 *       {@link dev.fundcrm.app.http.ApiContext} and keeping only the ports or use cases it needs.</li>
 *   <li>Return its routes from {@code routes()}:
 *       {@code Route.get("/api/contacts/{id}", Access.MEMBER, "One contact", this::one).returns(ContactView.class)};
 *       add {@code .query(name, description)} for each query parameter and {@code .body(Command.class)}
 *       for a JSON body. Every {@code /api} route needs MEMBER or ADMIN; {@code Route} refuses PUBLIC there.</li>
 *   <li>In a handler: {@code Json.read(ctx, Command.class)} for the body (every parse failure is a 400
 *       problem), {@code Params} for path and query parameters, {@code AccessGuard.user(ctx)} for the caller,
 *       {@code ctx.json(view)} to answer (views are records: Jackson escapes all text), and
 *       {@link dev.fundcrm.app.http.ProblemException} for expected failures (400, 404, 409 ...).</li>
 *   <li>Add the group to the list in {@code AdminApi.routes(ApiContext)}. {@code /openapi.json} then
 *       describes its routes, and the tests that walk every route check its auth without further work.</li>
 * </ol>
 */
package dev.fundcrm.app.http;
