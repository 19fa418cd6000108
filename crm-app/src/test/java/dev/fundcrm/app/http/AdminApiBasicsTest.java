package dev.fundcrm.app.http;

import static dev.fundcrm.app.http.ApiFixture.json;
import static dev.fundcrm.app.http.ApiFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.testkit.InMemoryApiTokens;
import dev.fundcrm.domain.testkit.InMemoryStores;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminApiBasicsTest {

    private final ApiFixture api = new ApiFixture(InMemoryStores.create(), new InMemoryApiTokens());

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void healthNeedsNoTokenAndReportsTheDatabase() {
        JsonNode health = json(api.get("/health", null), 200);

        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("database").asText()).isEqualTo("UP");
        assertThat(health.has("digest")).isFalse();
    }

    @Test
    void healthSaysWhenTheDigestIsStuckOnRefusedCredentials() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        api.stores.digestRuns().claim(today, new MessageId("<digest-2026-11-24@fund.example>"), ApiFixture.NOW);
        api.stores.digestRuns().markAuthenticationFailed(today, "smtp", "the SMTP server refused the login",
                ApiFixture.NOW);

        JsonNode health = json(api.get("/health", null), 200);

        assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.get("digest").asText()).isEqualTo("digest: SMTP authentication failed");
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        JsonNode body = problem(api.get("/api/nothing-here", api.adminToken), 404);

        assertThat(body.get("instance").asText()).isEqualTo("/api/nothing-here");
    }

    @Test
    void aWrongMethodIsA405Problem() {
        problem(api.send("DELETE", "/health", null, null), 405);
    }
}
