package dev.fundcrm.app.http;

import static dev.fundcrm.app.http.ApiFixture.json;
import static dev.fundcrm.app.http.ApiFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.testkit.InMemoryApiTokens;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthTest {

    private final ApiFixture api = new ApiFixture(InMemoryStores.create(), new InMemoryApiTokens());

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void repeatedFailuresFromOneAddressAreSlowedDownUntilTheWindowPasses() {
        for (int i = 0; i < AdminApi.MAX_AUTH_FAILURES; i++) {
            problem(api.get("/api/mailboxes", "fcrm_guess" + i), 401);
        }

        HttpResponse<String> throttled = api.get("/api/mailboxes", api.adminToken);
        problem(throttled, 429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue(Long.toString(AdminApi.AUTH_WINDOW.toSeconds()));

        api.clock.advance(AdminApi.AUTH_WINDOW.minus(Duration.ofSeconds(1)));
        problem(api.get("/api/mailboxes", api.adminToken), 429);
        api.clock.advance(Duration.ofSeconds(1));
        json(api.get("/api/mailboxes", api.adminToken), 200);
    }

    @Test
    void neitherAValidNorAGuessedTokenReachesTheLogsOrAResponse() {
        String guessed = "fcrm_guessed-token-that-must-not-be-logged";
        String logged;
        try (LogCapture logs = new LogCapture()) {
            api.get("/api/mailboxes", guessed);
            api.get("/api/admin/blocklist", api.memberToken);
            api.get("/api/admin/audit", api.adminToken);
            api.get("/api/nowhere", api.adminToken);
            api.post("/api/mailboxes", api.adminToken, "{malformed");
            logged = logs.text();
        }

        assertThat(logged).contains("/api/admin/audit")
                .doesNotContain(guessed).doesNotContain(api.adminToken).doesNotContain(api.memberToken);
        assertThat(api.allResponses())
                .doesNotContain(guessed).doesNotContain(api.adminToken).doesNotContain(api.memberToken);
    }

    @Test
    void publicRoutesStayOpenWhileAnAddressIsThrottled() {
        for (int i = 0; i < AdminApi.MAX_AUTH_FAILURES; i++) {
            api.get("/api/mailboxes", "fcrm_guess" + i);
        }

        json(api.get("/health", null), 200);
    }

    @Test
    void anAdminTokenOfADeactivatedAdminActsAsAMember() {
        api.stores.admins().deactivate(EmailAddress.of(DemoFund.ALICE));

        problem(api.get("/api/admin/blocklist", api.adminToken), 403);
        json(api.get("/api/mailboxes", api.adminToken), 200);
    }

    @Test
    void theBearerSchemeIsCaseInsensitiveAndOtherSchemesAreRefused() {
        assertThat(api.send("GET", "/api/mailboxes", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> lower = send("bearer " + api.memberToken);
        HttpResponse<String> basic = send("Basic " + api.memberToken);

        assertThat(lower.statusCode()).isEqualTo(200);
        problem(basic, 401);
    }

    private HttpResponse<String> send(String authorization) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + api.api.port() + "/api/mailboxes"))
                    .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
