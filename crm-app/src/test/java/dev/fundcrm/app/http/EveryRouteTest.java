package dev.fundcrm.app.http;

import static dev.fundcrm.app.http.ApiFixture.json;
import static dev.fundcrm.app.http.ApiFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundcrm.domain.testkit.InMemoryApiTokens;
import dev.fundcrm.domain.testkit.InMemoryStores;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Walks every route Javalin registered: auth is enforced on each, and /openapi.json describes exactly them. */
class EveryRouteTest {

    private final ApiFixture api = new ApiFixture(InMemoryStores.create(), new InMemoryApiTokens());

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void javalinServesExactlyTheDeclaredRoutes() {
        List<String> declared = api.api.routes().stream().map(route -> route.method().name() + " " + route.path()).toList();

        assertThat(api.api.registeredEndpoints()).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(declared).hasSizeGreaterThan(20);
    }

    @Test
    void everyApiRouteAnswers401WithoutAToken() {
        for (Route route : api.api.routes()) {
            HttpResponse<String> response = api.send(route.method().name(), concrete(route), null, "{}");
            if (route.access() == Access.PUBLIC) {
                assertThat(route.path()).doesNotStartWith("/api");
                assertThat(response.statusCode()).as(route.path()).isEqualTo(200);
            } else {
                problem(response, 401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            }
        }
    }

    @Test
    void everyAdminRouteAnswers403ToAMember() {
        List<Route> adminRoutes = api.api.routes().stream().filter(route -> route.access() == Access.ADMIN).toList();

        assertThat(adminRoutes).hasSizeGreaterThan(5);
        for (Route route : adminRoutes) {
            problem(api.send(route.method().name(), concrete(route), api.memberToken, "{}"), 403);
        }
    }

    @Test
    void otherMethodsOnAnApiRouteOpenNothing() {
        for (String method : List.of("HEAD", "OPTIONS", "PUT", "PATCH", "TRACE")) {
            HttpResponse<String> response = api.send(method, "/api/mailboxes", null, null);
            assertThat(response.statusCode()).as(method).isIn(401, 405);
            if (!method.equals("HEAD")) {
                problem(response, response.statusCode());
            }
            assertThat(response.body()).as(method).doesNotContain("northwind");
        }
    }

    @Test
    void headAnswersLikeGetWithAToken() {
        assertThat(api.send("HEAD", "/api/mailboxes", api.memberToken, null).statusCode()).isEqualTo(200);
        assertThat(api.send("HEAD", "/api/admin/audit", api.memberToken, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongTokenIsRefusedLikeNone() {
        problem(api.get("/api/mailboxes", "fcrm_not-a-real-token"), 401);
        problem(api.send("GET", "/api/mailboxes", null, null), 401);
    }

    @Test
    void openApiDescribesEveryRegisteredRouteAndNothingElse() {
        JsonNode document = json(api.get("/openapi.json", null), 200);
        List<String> described = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method ->
                    described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }

        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(described).containsExactlyInAnyOrderElementsOf(api.api.registeredEndpoints());
        JsonNode testEmail = document.get("paths").get("/api/admin/digest/test-email").get("post");
        assertThat(testEmail.get("x-access").asText()).isEqualTo("ADMIN");
        assertThat(testEmail.get("security").get(0).has("bearer")).isTrue();
        assertThat(document.get("paths").get("/health").get("get").get("security")).isEmpty();
        assertThat(document.get("components").get("schemas").get("MailboxView").get("properties").has("progress")).isTrue();
    }

    @Test
    void aRouteRegisteredWithoutAnAccessRuleIsRefused() throws Exception {
        AccessGuard guard = new AccessGuard(new BearerAuth(new InMemoryApiTokens(), api.stores.admins()),
                new AuthThrottle(api.clock, 10, Duration.ofMinutes(5)), List.of());
        Javalin bare = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.beforeMatched(guard);
            ProblemResponses.install(config.routes);
            config.routes.get("/api/forgotten", ctx -> ctx.result("open!"));
        }).start("127.0.0.1", 0);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bare.port() + "/api/forgotten"))
                            .header("Authorization", "Bearer " + api.adminToken).build(),
                    HttpResponse.BodyHandlers.ofString());
            problem(response, 403);
            assertThat(response.body()).doesNotContain("open!");
        } finally {
            bare.stop();
        }
    }

    @Test
    void aPublicRouteUnderApiCanNotBeDeclared() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Route.get("/api/open", Access.PUBLIC, "open", ctx -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The route's path with every {parameter} filled in. */
    private static String concrete(Route route) {
        return route.path().replaceAll("\\{[^}]+}", "x@example.com");
    }
}
