package dev.fundcrm.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundcrm.domain.model.ApiToken;
import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Role;
import dev.fundcrm.domain.port.out.ApiTokens;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.TemplateDigestWriter;
import dev.fundcrm.domain.service.UseCases;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.RecordingBackfillRequests;
import dev.fundcrm.domain.testkit.RecordingDrafts;
import dev.fundcrm.domain.testkit.RecordingOutboundMail;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoMailboxes;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/**
 * The admin API on a random port over the demo fund in some stores, with an admin token (Alice), a member
 * token (Carol) and fakes for the Gmail side; plus a small HTTP client. Close it to stop the server.
 */
final class ApiFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

    final Stores stores;
    final InMemoryMailboxSource source = new InMemoryMailboxSource();
    final RecordingDrafts drafts = new RecordingDrafts();
    final RecordingOutboundMail outbound = new RecordingOutboundMail("smtp");
    final RecordingSyncControl sync = new RecordingSyncControl();
    final RecordingBackfillRequests backfills = new RecordingBackfillRequests();
    final MutableClock clock = new MutableClock(NOW);
    final UseCases useCases;
    final ApiContext context;
    final AdminApi api;
    final String adminToken;
    final String memberToken;
    private final HttpClient client = HttpClient.newHttpClient();
    private final StringBuilder responses = new StringBuilder();

    ApiFixture(Stores stores, ApiTokens tokens) {
        this.stores = stores;
        DemoFund.seed(stores);
        useCases = UseCases.wire(new UseCases.Ports(stores, source, drafts, null, outbound,
                new TemplateDigestWriter()), DemoFund.settings(), clock);
        adminToken = issue(tokens, DemoFund.ALICE, Role.ADMIN);
        memberToken = issue(tokens, DemoFund.CAROL, Role.MEMBER);
        context = new ApiContext(useCases, stores, tokens, DemoFund.settings(), clock, sync, new TemplateDigestWriter(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), backfills);
        api = AdminApi.start(context, "127.0.0.1", 0);
    }

    /** Loads the demo fund's mail into the in-memory source and syncs both team mailboxes, as the sync runner would. */
    ApiFixture syncDemoMail() {
        DemoMailboxes.load(source);
        stores.mailboxes().all().forEach(account -> useCases.sync().sync(account.mailbox()));
        return this;
    }

    private String issue(ApiTokens tokens, String user, Role role) {
        String token = ApiToken.issue().reveal();
        tokens.add(ApiToken.hash(token), new ApiUser(EmailAddress.of(user), role), NOW);
        return token;
    }

    HttpResponse<String> send(String method, String path, String tokenOrNull, String jsonOrNull) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .method(method, jsonOrNull == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonOrNull));
        if (tokenOrNull != null) {
            request.header("Authorization", "Bearer " + tokenOrNull);
        }
        if (jsonOrNull != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            synchronized (responses) {
                responses.append(response.headers().map()).append('\n').append(response.body()).append('\n');
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The headers and bodies of every response so far, for checks that a secret never shows. */
    String allResponses() {
        synchronized (responses) {
            return responses.toString();
        }
    }

    HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null);
    }

    HttpResponse<String> post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    /** The body of a response that must have the given status, as JSON. */
    static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** The problem+json body of a failed response with the given status. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith(Problem.CONTENT_TYPE));
        JsonNode body = json(response, status);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return body;
    }

    @Override
    public void close() {
        api.stop();
    }
}
