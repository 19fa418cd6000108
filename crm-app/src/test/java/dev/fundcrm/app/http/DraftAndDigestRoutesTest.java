package dev.fundcrm.app.http;

import static dev.fundcrm.app.http.ApiFixture.json;
import static dev.fundcrm.app.http.ApiFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.domain.port.out.DraftException;
import dev.fundcrm.domain.testkit.InMemoryApiTokens;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoMailboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DraftAndDigestRoutesTest {

    private final ApiFixture api = new ApiFixture(InMemoryStores.create(), new InMemoryApiTokens()).syncDemoMail();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aMemberDraftsAReplyAllWithTheirBody() {
        String key = messageKey(DemoMailboxes.ALICE_TO_JANE_AND_RAJ);

        JsonNode draft = json(api.post("/api/drafts", api.memberToken, draft(key, DemoFund.ALICE, "REPLY_ALL",
                "Thanks, \\\"noted\\\" <b>all</b>")), 201);

        assertThat(draft.get("draftId").asText()).isNotBlank();
        assertThat(api.drafts.created()).hasSize(1);
        assertThat(api.drafts.created().get(0).to().size() + api.drafts.created().get(0).cc().size())
                .as("reply-all answers everyone").isGreaterThan(1);
        assertThat(api.drafts.created().get(0).body()).isEqualTo("Thanks, \"noted\" <b>all</b>");
    }

    @Test
    void draftingForAnUnknownMessageOrMailboxIs404AndBadInputIs400() {
        String key = messageKey(DemoMailboxes.ALICE_TO_JANE_AND_RAJ);

        problem(api.post("/api/drafts", api.memberToken, draft("mid:nothing@example.com", DemoFund.ALICE, "REPLY", "x")), 404);
        problem(api.post("/api/drafts", api.memberToken, draft(key, "nobody@northwind.vc", "REPLY", "x")), 404);
        problem(api.post("/api/drafts", api.memberToken, draft("no-key", DemoFund.ALICE, "REPLY", "x")), 400);
        problem(api.post("/api/drafts", api.memberToken, draft(key, DemoFund.ALICE, "FORWARD", "x")), 400);
        assertThat(api.drafts.created()).isEmpty();
    }

    @Test
    void aGmailFailureAnswers502WithAReferenceButNotItsText() {
        String key = messageKey(DemoMailboxes.ALICE_TO_JANE_AND_RAJ);
        api.drafts.failNextWith(new DraftException("token ya29.secret refused"));

        JsonNode body = problem(api.post("/api/drafts", api.memberToken, draft(key, DemoFund.ALICE, "REPLY", "x")), 502);

        assertThat(body.get("detail").asText()).contains("reference").doesNotContain("ya29");
    }

    @Test
    void withoutGmailConfiguredTheAnswerIs503NamingTheSetting() {
        String key = messageKey(DemoMailboxes.ALICE_TO_JANE_AND_RAJ);
        api.drafts.failNextWith(DraftException.notConfigured("Gmail is not configured: set CRM_GOOGLE_CREDENTIALS"));

        JsonNode body = problem(api.post("/api/drafts", api.memberToken, draft(key, DemoFund.ALICE, "REPLY", "x")), 503);

        assertThat(body.get("detail").asText()).isEqualTo("Gmail is not configured: set CRM_GOOGLE_CREDENTIALS");
    }

    @Test
    void thePreviewIsTodaysDigest() {
        JsonNode preview = json(api.get("/api/digest/preview", api.memberToken), 200);

        assertThat(preview.get("day").asText()).isEqualTo("2026-11-24");
        assertThat(preview.get("subject").asText()).isNotBlank();
        assertThat(preview.get("pendingCount").asLong()).isPositive();
        assertThat(preview.get("text").asText()).isNotBlank();
    }

    @Test
    void anAdminSendsTheTestEmailToActiveAdmins() {
        JsonNode sent = json(api.post("/api/admin/digest/test-email", api.adminToken,
                "{\"recipients\":[\"" + DemoFund.BOB + "\"]}"), 200);

        assertThat(sent.get("transport").asText()).isEqualTo("smtp");
        assertThat(api.outbound.sent()).hasSize(1);
        assertThat(api.outbound.sent().get(0).to().addresses()).containsExactly(EmailAddress.of(DemoFund.BOB));
    }

    @Test
    void withoutABodyTheTestEmailGoesToTheCaller() {
        json(api.post("/api/admin/digest/test-email", api.adminToken, null), 200);

        assertThat(api.outbound.sent().get(0).to().addresses()).containsExactly(EmailAddress.of(DemoFund.ALICE));
    }

    @Test
    void aRecipientWhoIsNotAnActiveAdminRefusesTheWholeRequest() {
        JsonNode body = problem(api.post("/api/admin/digest/test-email", api.adminToken,
                "{\"recipients\":[\"" + DemoFund.BOB + "\",\"jane.doe@acmepension.com\"]}"), 422);

        assertThat(body.get("detail").asText()).contains("jane.doe@acmepension.com");
        assertThat(api.outbound.sent()).isEmpty();
    }

    @Test
    void aFailedTestEmailAnswersAReferenceAndAGenericMessage() {
        api.outbound.failWith(new DeliveryException("535 auth failed for password hunter2", true));

        JsonNode body = problem(api.post("/api/admin/digest/test-email", api.adminToken, null), 502);

        assertThat(body.get("detail").asText()).contains("reference").doesNotContain("hunter2").doesNotContain("535");
    }

    @Test
    void aMemberMayNotSendTheTestEmail() {
        problem(api.post("/api/admin/digest/test-email", api.memberToken, null), 403);
        assertThat(api.outbound.sent()).isEmpty();
    }

    private static String draft(String key, String mailbox, String mode, String body) {
        return "{\"message\":\"" + key + "\",\"mailbox\":\"" + mailbox + "\",\"mode\":\"" + mode + "\",\"body\":\"" + body + "\"}";
    }

    private String messageKey(String subject) {
        JsonNode page = json(api.get("/api/proposals?limit=500", api.memberToken), 200);
        for (JsonNode item : page.get("items")) {
            if (item.get("subject").asText().equals(subject)) {
                return item.get("messageKey").asText();
            }
        }
        throw new AssertionError("no proposal about " + subject);
    }
}
