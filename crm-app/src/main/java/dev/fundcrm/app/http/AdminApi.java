package dev.fundcrm.app.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin HTTP API: a Javalin server whose routes all come from {@link RouteGroup}s, each route with its
 * {@link Access}; {@link AccessGuard} checks tokens and roles before every route, and every error is a
 * problem+json body ({@link ProblemResponses}). Start with port 0 for a random free port (tests).
 */
public final class AdminApi {

    private static final Logger LOG = LoggerFactory.getLogger(AdminApi.class);

    /** The largest request body accepted: far above any command, far below a memory problem. */
    static final long MAX_BODY_BYTES = 256 * 1024;
    /** Failed authentications allowed per remote address within {@link #AUTH_WINDOW}. */
    static final int MAX_AUTH_FAILURES = 10;
    static final Duration AUTH_WINDOW = Duration.ofMinutes(5);

    private final Javalin server;
    private final List<Route> routes;

    private AdminApi(Javalin server, List<Route> routes) {
        this.server = server;
        this.routes = routes;
    }

    /** Starts the API on every interface at the port (0: a random free one). */
    public static AdminApi start(ApiContext context, int port) {
        return start(context, "0.0.0.0", port);
    }

    public static AdminApi start(ApiContext context, String host, int port) {
        return start(context, host, port, config -> { });
    }

    /**
     * Starts the API with more routes on the same server ({@code extension}: the review pages). The extension
     * runs after the API's guard and routes are configured; its routes must carry a {@link DelegatedAccess}
     * role, which its own guard checks, or {@link AccessGuard} refuses them.
     */
    public static AdminApi start(ApiContext context, String host, int port, Consumer<JavalinConfig> extension) {
        MetricsRoutes metrics = new MetricsRoutes(context);
        List<Route> routes = routes(context, metrics);
        AccessGuard guard = new AccessGuard(new BearerAuth(context.tokens(), context.stores().admins()),
                new AuthThrottle(context.clock(), MAX_AUTH_FAILURES, AUTH_WINDOW), routes);
        Javalin server = Javalin.create(config -> {
            configure(config, routes, guard, metrics);
            extension.accept(config);
        }).start(host, port);
        LOG.info("admin API listening on port {} with {} routes", server.port(), routes.size());
        return new AdminApi(server, routes);
    }

    /** Every route the API serves, from every group; {@code /openapi.json} describes them all. */
    private static List<Route> routes(ApiContext context, MetricsRoutes metrics) {
        List<RouteGroup> groups = List.of(new HealthRoutes(context), new MailboxRoutes(context),
                new ProposalRoutes(context), new DraftRoutes(context), new DigestRoutes(context),
                new ContactRoutes(context), new OrganizationRoutes(context), new AdminRoutes(context), metrics);
        List<Route> routes = new ArrayList<>();
        groups.forEach(group -> routes.addAll(group.routes()));
        routes.addAll(new OpenApiRoutes(routes).routes());
        return List.copyOf(routes);
    }

    private static void configure(JavalinConfig config, List<Route> routes, AccessGuard guard, MetricsRoutes metrics) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = MAX_BODY_BYTES;
        config.http.prefer405over404 = true;
        config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        config.requestLogger.http((ctx, millis) -> {
            metrics.count(ctx);
            LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.status().getCode(), Math.round(millis));
        });
        config.routes.beforeMatched(guard);
        ProblemResponses.install(config.routes);
        for (Route route : routes) {
            config.routes.addHttpHandler(route.method(), route.path(), route.handler(), route.access());
        }
    }

    /** The endpoints Javalin actually registered, as "METHOD path": for the tests that compare them with {@link #routes()}. */
    List<String> registeredEndpoints() {
        return server.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
                .toList();
    }

    public int port() {
        return server.port();
    }

    /** The declared routes, for {@code /openapi.json} and for tests that walk every route. */
    public List<Route> routes() {
        return routes;
    }

    public void stop() {
        server.stop();
    }
}
