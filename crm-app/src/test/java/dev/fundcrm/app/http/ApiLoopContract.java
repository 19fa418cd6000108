package dev.fundcrm.app.http;

import static dev.fundcrm.app.http.ApiFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.port.out.ApiTokens;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoMailboxes;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loop through the API over some stores: mail captured by MailboxSync from the in-memory source, the
 * pending list, approval, a reply-all draft, the digest preview and its test email; with the setup routes
 * around it. Every response and every log line is checked for the tokens. Run on the in-memory stores,
 * on Jdbi over H2 and on PostgreSQL.
 */
abstract class ApiLoopContract {

    private ApiFixture api;

    /** The stores to run on: fresh, migrated, empty. */
    protected abstract Stores freshStores();

    /** The token store that goes with them. */
    protected abstract ApiTokens tokens();

    @BeforeEach
    void start() {
        api = new ApiFixture(freshStores(), tokens());
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void capturedMailGoesThroughReviewToADraftAndTheDigestTestEmail() {
        try (LogCapture logs = new LogCapture()) {
            api.syncDemoMail();
            assertThat(json(api.get("/health", null), 200).get("lastSync").get("status").asText()).isEqualTo("OK");

            JsonNode queue = json(api.get("/api/proposals?limit=500", api.memberToken), 200);
            JsonNode janeReport = find(queue, DemoMailboxes.JANE_Q3_REPORT);
            String id = janeReport.get("id").asText();
            JsonNode detail = json(api.get("/api/proposals/" + id, api.memberToken), 200);
            assertThat(detail.get("message").get("subject").asText()).isEqualTo(DemoMailboxes.JANE_Q3_REPORT);

            JsonNode approved = json(api.post("/api/proposals/" + id + "/approve", api.memberToken, null), 200);
            assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
            assertThat(api.stores.activities().forContact(DemoFund.JANE, 10)).hasSize(1);

            JsonNode draft = json(api.post("/api/drafts", api.memberToken, "{\"message\":\""
                    + janeReport.get("messageKey").asText() + "\",\"mailbox\":\"" + DemoFund.ALICE
                    + "\",\"mode\":\"REPLY_ALL\",\"body\":\"Received, thank you.\"}"), 201);
            assertThat(draft.get("draftId").asText()).isNotBlank();
            assertThat(api.drafts.created()).singleElement()
                    .satisfies(created -> assertThat(created.body()).isEqualTo("Received, thank you."));

            JsonNode preview = json(api.get("/api/digest/preview", api.memberToken), 200);
            assertThat(preview.get("text").asText()).contains("Jane Doe");
            json(api.post("/api/admin/digest/test-email", api.adminToken,
                    "{\"recipients\":[\"" + DemoFund.ALICE + "\",\"" + DemoFund.BOB + "\"]}"), 200);
            assertThat(api.outbound.sent()).singleElement().satisfies(mail -> assertThat(mail.to().addresses())
                    .containsExactly(EmailAddress.of(DemoFund.ALICE), EmailAddress.of(DemoFund.BOB)));

            assertThat(logs.text()).doesNotContain(api.adminToken).doesNotContain(api.memberToken);
            assertThat(api.allResponses()).doesNotContain(api.adminToken).doesNotContain(api.memberToken);
        }
    }

    @Test
    void theSetupRoutesWorkOnTheseStores() {
        api.syncDemoMail();

        json(api.post("/api/mailboxes", api.adminToken, "{\"address\":\"carol@northwind.vc\"}"), 201);
        json(api.post("/api/mailboxes/carol@northwind.vc/pause", api.adminToken, null), 200);
        assertThat(api.stores.mailboxes().find(Mailbox.of("carol@northwind.vc")).orElseThrow().paused()).isTrue();
        json(api.post("/api/mailboxes/carol@northwind.vc/resume", api.adminToken, null), 200);
        json(api.post("/api/mailboxes/carol@northwind.vc/sync", api.memberToken, null), 202);
        assertThat(json(api.get("/api/mailboxes", api.memberToken), 200)).hasSize(3);

        json(api.post("/api/admin/blocklist", api.adminToken, "{\"entry\":\"@tabloid.example\"}"), 201);
        assertThat(json(api.get("/api/admin/blocklist", api.adminToken), 200).findValuesAsText("entry"))
                .contains("@tabloid.example");
        HttpResponse<String> removed = api.send("DELETE", "/api/admin/blocklist/@tabloid.example", api.adminToken, null);
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(json(api.get("/api/admin/audit", api.adminToken), 200).findValuesAsText("action"))
                .contains("mailbox.added", "blocklist.added", "blocklist.removed");
        assertThat(api.get("/metrics", api.memberToken).body()).contains("fundcrm_proposals{state=\"pending\"}",
                "fundcrm_proposals{state=\"approved\"}", "fundcrm_proposals{state=\"rejected\"}");
    }

    @Test
    void reviewActionsWorkOnTheseStores() {
        api.syncDemoMail();
        JsonNode queue = json(api.get("/api/proposals?limit=500", api.memberToken), 200);
        String toReject = find(queue, DemoMailboxes.TOM_SHARED).get("id").asText();
        String toReassign = find(queue, DemoMailboxes.JANE_Q3_REPORT).get("id").asText();
        String toBulkApprove = find(queue, DemoMailboxes.MARIA_NORMALIZED).get("id").asText();

        assertThat(json(api.post("/api/proposals/" + toReject + "/reject", api.memberToken,
                "{\"reason\":\"not relevant\"}"), 200).get("state").asText()).isEqualTo("REJECTED");
        assertThat(json(api.post("/api/proposals/" + toReassign + "/reassign", api.memberToken,
                "{\"contact\":\"" + DemoFund.TOM + "\"}"), 200).get("target").get("contactId").asText())
                .isEqualTo(DemoFund.TOM.toString());
        assertThat(json(api.post("/api/proposals/approve", api.memberToken,
                "{\"proposals\":[\"" + toBulkApprove + "\"]}"), 200).get(0).get("outcome").asText())
                .isEqualTo("APPLIED");
        JsonNode page = json(api.get("/api/proposals?limit=2", api.memberToken), 200);
        JsonNode next = json(api.get("/api/proposals?limit=2&cursor=" + page.get("nextCursor").asText(),
                api.memberToken), 200);
        assertThat(next.get("items").get(0).get("id").asText())
                .isNotEqualTo(page.get("items").get(0).get("id").asText());
    }

    private static JsonNode find(JsonNode queue, String subject) {
        for (JsonNode item : queue.get("items")) {
            if (item.get("subject").asText().equals(subject) && item.get("target").get("kind").asText().equals("CONTACT")) {
                return item;
            }
        }
        throw new AssertionError("no pending proposal for a contact about " + subject);
    }
}
