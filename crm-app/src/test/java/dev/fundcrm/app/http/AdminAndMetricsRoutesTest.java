package dev.fundcrm.app.http;

import static dev.fundcrm.app.http.ApiFixture.json;
import static dev.fundcrm.app.http.ApiFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundcrm.app.sync.SyncProgress;
import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.testkit.InMemoryApiTokens;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminAndMetricsRoutesTest {

    private final ApiFixture api = new ApiFixture(InMemoryStores.create(), new InMemoryApiTokens()).syncDemoMail();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void anAdminListsAddsAndRemovesBlocklistEntries() {
        JsonNode before = json(api.get("/api/admin/blocklist", api.adminToken), 200);
        assertThat(before.findValuesAsText("entry")).contains("@spam-vendor.com", "doctor@clinic.example");

        json(api.post("/api/admin/blocklist", api.adminToken, "{\"entry\":\"@Tabloid.example\"}"), 201);
        assertThat(api.stores.blocklist().entries()).contains(BlockEntry.parse("@tabloid.example"));

        HttpResponse<String> removed = api.send("DELETE", "/api/admin/blocklist/@tabloid.example", api.adminToken, null);
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(api.stores.blocklist().entries()).doesNotContain(BlockEntry.parse("@tabloid.example"));
        problem(api.send("DELETE", "/api/admin/blocklist/@tabloid.example", api.adminToken, null), 404);
        problem(api.post("/api/admin/blocklist", api.adminToken, "{\"entry\":\"not an address\"}"), 400);
    }

    @Test
    void theAuditLogShowsWhoDidWhatNewestFirst() {
        api.post("/api/mailboxes/" + DemoFund.BOB + "/pause", api.adminToken, null);
        api.post("/api/mailboxes/" + DemoFund.BOB + "/resume", api.adminToken, null);

        JsonNode events = json(api.get("/api/admin/audit?limit=5", api.adminToken), 200);
        JsonNode aboutBob = json(api.get("/api/admin/audit?subject=" + DemoFund.BOB, api.adminToken), 200);

        assertThat(events.get(0).get("action").asText()).isEqualTo("mailbox.resumed");
        assertThat(events.get(0).get("actor").asText()).isEqualTo(DemoFund.ALICE);
        assertThat(aboutBob.findValuesAsText("action")).containsExactly("mailbox.resumed", "mailbox.paused");
        problem(api.get("/api/admin/audit?limit=0", api.adminToken), 400);
    }

    @Test
    void metricsArePrometheusTextAboutSyncsProposalsAndRequests() {
        Proposal first = api.stores.proposals().pending(PendingQuery.firstPage(1)).items().get(0);
        api.stores.proposals().update(first.reject(EmailAddress.of("rita@northwind.vc"), ApiFixture.NOW, "not relevant"));
        api.sync.running(new SyncProgress(EmailAddress.of(DemoFund.BOB), ApiFixture.NOW, 40, 100, 4.0, 800));
        api.get("/api/mailboxes", api.memberToken);

        HttpResponse<String> response = api.get("/metrics", api.memberToken);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        String text = response.body();
        long pending = api.stores.proposals().countPending();
        assertThat(pending).isPositive();
        assertThat(text).contains("fundcrm_proposals{state=\"pending\"} " + (double) pending,
                "fundcrm_proposals{state=\"rejected\"} 1.0", "fundcrm_proposals{state=\"approved\"} 0.0");
        assertThat(text).contains("fundcrm_mailbox_sync_status{mailbox=\"alice@northwind.vc\",status=\"OK\"} 1.0");
        assertThat(text).contains("fundcrm_sync_running_quota_units{mailbox=\"bob@northwind.vc\"} 800.0");
        assertThat(text).containsPattern("fundcrm_mailbox_messages_seen\\{mailbox=\"alice@northwind.vc\"} [1-9]");
        assertThat(text).contains("fundcrm_mailbox_sync_last_success_seconds{mailbox=\"alice@northwind.vc\"}",
                "fundcrm_mailbox_sync_failures{mailbox=\"bob@northwind.vc\"} 0.0",
                "fundcrm_proposals_oldest_pending_age_seconds ", "fundcrm_sync_running_messages{mailbox=\"bob@northwind.vc\"} 40.0");
        assertThat(text).contains("fundcrm_http_requests_total{method=\"GET\",route=\"/api/mailboxes\",status=\"200\"} 1.0");
    }
}
