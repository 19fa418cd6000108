package dev.fundcrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.fundcrm.app.http.AdminApi;
import dev.fundcrm.app.http.Route;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.ProposalState;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Sessions, CSRF, escaping and access on the wire, where a browser would hide them. */
class ReviewPagesSecurityTest {

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private ReviewFixture fixture;
    private PageClient client;

    @BeforeEach
    void start() {
        logs.start();
        root.addAppender(logs);
        fixture = new ReviewFixture();
        client = new PageClient(fixture);
    }

    @AfterEach
    void stop() {
        fixture.close();
        root.detachAppender(logs);
    }

    @Test
    void signingInSetsANewHttpOnlySameSiteStrictSessionCookieAndGoesToTheInbox() {
        HttpResponse<String> form = client.get("/sign-in");
        String formSession = client.sessionCookie();

        HttpResponse<String> signedIn = client.post("/sign-in",
                Map.of("token", fixture.adminToken, "csrf", PageClient.csrfIn(form.body()), "next", "/inbox"));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/inbox");
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict", "Path=/").doesNotContain("Secure");
        assertThat(client.sessionCookie()).isNotEqualTo(formSession).hasSizeGreaterThanOrEqualTo(43);
        assertThat(client.get("/inbox").statusCode()).isEqualTo(200);
        client.useSessionCookie(formSession);
        assertThat(client.get("/inbox").statusCode()).as("the pre-sign-in session is gone").isEqualTo(303);
    }

    @Test
    void behindHttpsTheCookieIsSecure() {
        try (ReviewFixture secure = new ReviewFixture(WebConfig.secure())) {
            PageClient browser = new PageClient(secure);
            HttpResponse<String> signedIn = browser.signIn(secure.memberToken);

            assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly");
        }
    }

    @Test
    void aWrongTokenIsRefusedAndTheTokensNeverReachTheLog() {
        HttpResponse<String> refused = client.signIn("not-a-token");
        HttpResponse<String> accepted = client.signIn(fixture.memberToken);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("That token is not valid");
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(logs.list).isNotEmpty().allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain(fixture.memberToken, "not-a-token", client.sessionCookie()));
    }

    @Test
    void tenWrongTokensFromOneAddressAreThrottled() {
        for (int i = 0; i < 10; i++) {
            assertThat(client.signIn("guess-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = client.signIn(fixture.adminToken);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.body()).contains("Too many failed sign-ins");
    }

    @Test
    void withoutASessionAPageRedirectsToSignInAndAPostIsRefused() {
        HttpResponse<String> page = client.get("/inbox?mailbox=bob%40northwind.vc");
        HttpResponse<String> action = client.post("/inbox/approve", Map.of("id", "x"));

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location"))
                .hasValue("/sign-in?next=%2Finbox%3Fmailbox%3Dbob%2540northwind.vc");
        assertThat(action.statusCode()).isEqualTo(403);
    }

    @Test
    void signInNeverRedirectsToAnotherSite() {
        String form = client.get("/sign-in").body();

        HttpResponse<String> signedIn = client.post("/sign-in", Map.of("token", fixture.adminToken,
                "csrf", PageClient.csrfIn(form), "next", "//evil.example/phish"));

        assertThat(signedIn.headers().firstValue("Location")).hasValue("/inbox");
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefusedAndChangesNothing() {
        client.signIn(fixture.adminToken);
        String inbox = client.get("/inbox").body();
        ProposalId first = fixture.stores.proposals().pending(PendingQuery.firstPage(1)).items().get(0).id();

        HttpResponse<String> missing = client.post("/inbox/" + first + "/approve", Map.of());
        HttpResponse<String> wrong = client.post("/inbox/" + first + "/approve", Map.of("csrf", "forged"));

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(state(first)).isEqualTo(ProposalState.PENDING);
        HttpResponse<String> real = client.post("/inbox/" + first + "/approve", Map.of("csrf", PageClient.csrfIn(inbox)));
        assertThat(real.statusCode()).isEqualTo(303);
        assertThat(state(first)).isEqualTo(ProposalState.APPROVED);
    }

    @Test
    void textFromCapturedMailIsEscapedInTextAndInAttributes() {
        client.signIn(fixture.adminToken);

        String inbox = client.get("/inbox").body();

        assertThat(inbox).doesNotContain("<script>alert(1)").doesNotContain("<b>bold</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("aria-label=\"Select: &lt;script>alert(1)&lt;/script> &#34;quoted&#34; &amp; &lt;b>bold&lt;/b>\"");
    }

    @Test
    void pagesSendAContentSecurityPolicyThatAllowsOnlyTheirOwnScripts() {
        client.signIn(fixture.adminToken);

        HttpResponse<String> inbox = client.get("/inbox");

        assertThat(inbox.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'"));
        assertThat(inbox.body()).doesNotContain("<script>").contains("<script src=\"/assets/review.js\" defer>");
        assertThat(client.get("/assets/review.js").statusCode()).isEqualTo(200);
    }

    @Test
    void aMemberGetsA403PageOnEveryAdminPageAndForm() {
        client.signIn(fixture.memberToken);
        String csrf = PageClient.csrfIn(client.get("/inbox").body());

        for (String page : new String[] {"/admin/mailboxes", "/admin/digest", "/admin/blocklist", "/admin/audit"}) {
            HttpResponse<String> refused = client.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(refused.body()).contains("This page is for the fund's admins.");
        }
        assertThat(client.post("/admin/mailboxes/" + DemoFund.BOB + "/pause", Map.of("csrf", csrf)).statusCode())
                .isEqualTo(403);
        assertThat(fixture.stores.mailboxes().all()).noneMatch(account -> account.paused());
    }

    @Test
    void signingOutEndsTheSession() {
        client.signIn(fixture.memberToken);
        String csrf = PageClient.csrfIn(client.get("/inbox").body());
        String session = client.sessionCookie();

        assertThat(client.post("/sign-out", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);

        client.useSessionCookie(session);
        assertThat(client.get("/inbox").statusCode()).isEqualTo(303);
    }

    @Test
    void revokingTheTokenEndsTheSessionsSignedInWithIt() {
        client.signIn(fixture.memberToken);
        assertThat(client.get("/inbox").statusCode()).isEqualTo(200);

        fixture.tokens.revokeAll(EmailAddress.of(DemoFund.CAROL), ReviewFixture.NOW);

        assertThat(client.get("/inbox").statusCode()).isEqualTo(303);
    }

    @Test
    void badInputOnAPageIsAClear4xxPageNeverAStackTrace() {
        client.signIn(fixture.adminToken);

        HttpResponse<String> badContact = client.get("/contacts/not-a-uuid");
        HttpResponse<String> unknownMessage = client.get("/message?key=mid:nothing@here");

        assertThat(badContact.statusCode()).isEqualTo(400);
        assertThat(badContact.body()).contains("Not a valid contact").doesNotContain("Exception");
        assertThat(unknownMessage.statusCode()).isEqualTo(404);
        assertThat(unknownMessage.body()).contains("No captured message has that key");
    }

    @Test
    void aRouteAddedWithoutAnAccessRuleIsRefused() {
        AdminApi server = AdminApi.start(fixture.context, "127.0.0.1", 0, config -> {
            ReviewPages.extension(fixture.context, WebConfig.plainHttp()).accept(config);
            config.routes.addHttpHandler(HandlerType.GET, "/forgotten", ctx -> ctx.result("open"));
        });
        try {
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/forgotten")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("open");
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            server.stop();
        }
    }

    @Test
    void aHeadRequestForAPageIsRefused() throws IOException, InterruptedException {
        client.signIn(fixture.adminToken);

        HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.url("/inbox")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Cookie", SessionGuard.COOKIE + "=" + client.sessionCookie()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(head.statusCode()).isEqualTo(403);
    }

    @Test
    void noPageIsAnApiRouteSoNoneIsInTheApiDescription() {
        assertThat(fixture.server.routes()).extracting(Route::path)
                .noneMatch(path -> path.startsWith("/inbox") || path.startsWith("/admin/") || path.startsWith("/sign"));
        String description = client.get("/openapi.json").body();
        assertThat(description).contains("\"/api/proposals\"")
                .doesNotContain("\"/inbox", "\"/admin/", "\"/sign-in", "\"/message", "\"/contacts/{id}\"");
    }

    private ProposalState state(ProposalId id) {
        return fixture.stores.proposals().find(id).orElseThrow().state();
    }
}
